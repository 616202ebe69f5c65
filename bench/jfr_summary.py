#!/usr/bin/env python3
"""Summarises a JFR recording of a serverless-lint run as Markdown: where the CPU samples go.

    jfr_summary.py RECORDING.jfr

Reads `jfr print --events jdk.ExecutionSample` (full stacks) and a few JVM events (GC, JIT,
heap) with the JDK's `jfr` tool. Prints: samples per thread, the share of samples inside each
phase of the engine (a stack that contains a marker frame), the hottest methods by self time,
and the serverless-lint methods with the largest inclusive share.
"""
import collections
import re
import shutil
import subprocess
import sys

# phase -> frame prefixes; a sample counts for every phase whose marker is on its stack
PHASES = [
    ("read + parse a file (engine SourceReader.read)", ("dev.serverlesslint.core.engine.SourceReader.read",)),
    ("Java parsing (JavaParser.parse)", ("com.github.javaparser.JavaParser.parse",)),
    ("YAML/JSON parsing (SnakeYAML)", ("org.yaml.snakeyaml.",)),
    ("project model (dev.serverlesslint.core.model)", ("dev.serverlesslint.core.model.",)),
    ("request paths (dev.serverlesslint.core.requestpath)", ("dev.serverlesslint.core.requestpath.",)),
    ("rules (dev.serverlesslint.rules)", ("dev.serverlesslint.rules.",)),
    ("reporting (dev.serverlesslint.core.report)", ("dev.serverlesslint.core.report.",)),
    ("file discovery (FileDiscovery)", ("dev.serverlesslint.core.source.FileDiscovery",)),
    ("class loading", ("java.lang.ClassLoader.loadClass", "jdk.internal.loader.")),
    ("JFR itself", ("jdk.jfr.",)),
]


UNITS = {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0, "min": 60.0, "h": 3600.0}
SIZES = {"bytes": 1, "kB": 1024, "MB": 1024 ** 2, "GB": 1024 ** 3}


def jfr_print(recording, *args):
    jfr = shutil.which("jfr") or "jfr"
    return subprocess.run([jfr, "print", *args, recording], check=True, capture_output=True, text=True).stdout


def samples(text):
    """Yields (thread, [frames top first]) per execution sample."""
    thread, frames, in_stack = None, [], False
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("sampledThread = "):
            match = re.match(r'sampledThread = "(.*)" \(', stripped)
            thread = match.group(1) if match else stripped
        elif stripped == "stackTrace = [":
            in_stack, frames = True, []
        elif in_stack and stripped == "]":
            in_stack = False
            yield thread, frames
        elif in_stack and stripped != "...":
            frames.append(re.sub(r"\s+line: \d+$", "", stripped))


def method_of(frame):
    return frame.split("(", 1)[0]


def duration_seconds(value):
    number, unit = value.split()
    return float(number) * UNITS[unit]


def size_bytes(value):
    number, unit = value.split()
    return float(number) * SIZES.get(unit, 1)


def thread_group(name):
    return re.sub(r"\d+", "N", name or "?")


def main():
    recording = sys.argv[1]
    per_thread = collections.Counter()
    self_time = collections.Counter()
    ours_inclusive = collections.Counter()
    phase_count = collections.Counter()
    total = 0
    for thread, frames in samples(jfr_print(recording, "--stack-depth", "2048", "--events", "jdk.ExecutionSample")):
        if not frames:
            continue
        total += 1
        per_thread[thread_group(thread)] += 1
        self_time[method_of(frames[0])] += 1
        methods = {method_of(f) for f in frames}
        for method in methods:
            if method.startswith("dev.serverlesslint."):
                ours_inclusive[method] += 1
        for phase, markers in PHASES:
            if any(m.startswith(markers) for m in methods):
                phase_count[phase] += 1

    gc_text = jfr_print(recording, "--events", "jdk.GarbageCollection")
    pauses = [duration_seconds(v) for v in re.findall(r"sumOfPauses = ([\d.]+ \w+)", gc_text)]
    heap_text = jfr_print(recording, "--events", "jdk.GCHeapSummary")
    heap_used = [size_bytes(v) for v in re.findall(r"heapUsed = ([\d.]+ \w+)", heap_text)]
    jit_text = jfr_print(recording, "--events", "jdk.CompilerStatistics")
    jit_total = re.findall(r"totalTimeSpent = ([\d.]+ \w+)", jit_text)
    compiles = re.findall(r"compileCount = (\d+)", jit_text)

    pct = lambda n: f"{100.0 * n / total:.1f} %" if total else "-"
    out = [f"JFR `settings=profile`, {total} execution samples (CPU-running Java threads only).", ""]
    out += ["| JVM | value |", "|---|---|",
            f"| GC: collections, total pause | {len(pauses)}, {sum(pauses):.2f} s |",
            f"| heap used after/before GC, max seen | {max(heap_used) / 1024 ** 2:.0f} MB |" if heap_used else "| heap | - |",
            f"| JIT: compilations, total compile time | {compiles[-1] if compiles else '-'}, {jit_total[-1] if jit_total else '-'} |",
            ""]
    out += ["| samples by thread | share |", "|---|---|"]
    out += [f"| {name} | {pct(n)} |" for name, n in per_thread.most_common(8)]
    out += ["", "| phase (stack contains) | share of samples |", "|---|---|"]
    out += [f"| {phase} | {pct(phase_count[phase])} |" for phase, _ in PHASES]
    out += ["", "| hottest methods, self time | share |", "|---|---|"]
    out += [f"| `{m}` | {pct(n)} |" for m, n in self_time.most_common(20)]
    out += ["", "| serverless-lint methods, inclusive | share |", "|---|---|"]
    out += [f"| `{m}` | {pct(n)} |" for m, n in ours_inclusive.most_common(20)]
    print("\n".join(out))


if __name__ == "__main__":
    main()
