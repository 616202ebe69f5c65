package dev.serverlesslint.cli;

import dev.serverlesslint.core.engine.ReportScope;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines changed since a git ref ({@code --diff-base}): added or modified lines from
 * {@code git diff --unified=0 REF} (working tree against the ref, staged or not), plus untracked
 * files as a whole. Paths are relative to the project root, which may be a subdirectory of the
 * repository. Only git is run; nothing of the project is executed.
 */
final class GitChangedLines {

    private static final Pattern HUNK = Pattern.compile("^@@ -\\d+(?:,\\d+)? \\+(\\d+)(?:,(\\d+))? @@");

    private GitChangedLines() {
    }

    static ReportScope since(Path root, String ref) throws IOException {
        if (ref.isBlank() || ref.startsWith("-")) {
            throw new IOException("--diff-base needs a git ref such as origin/main, not '" + ref + "'");
        }
        String diff = git(root, "-c", "core.quotePath=false", "diff", "--unified=0", "--no-color", "--no-ext-diff",
                "--src-prefix=a/", "--dst-prefix=b/", "--relative", ref, "--");
        ReportScope changed = ReportScope.lines(parse(diff));
        List<String> untracked = git(root, "-c", "core.quotePath=false", "ls-files", "--others",
                "--exclude-standard").lines().filter(line -> !line.isBlank()).toList();
        return untracked.isEmpty() ? changed : changed.or(ReportScope.paths(untracked));
    }

    /** Added lines by path, from unified diff text with zero context lines. */
    static Map<String, Set<Integer>> parse(String diff) {
        Map<String, Set<Integer>> lines = new HashMap<>();
        String current = null;
        for (String line : diff.split("\n")) {
            if (line.startsWith("+++ ")) {
                String target = line.substring(4).replaceAll("\t$", "");
                current = target.equals("/dev/null") ? null : target.startsWith("b/") ? target.substring(2) : target;
                continue;
            }
            Matcher hunk = HUNK.matcher(line);
            if (current != null && hunk.find()) {
                int start = Integer.parseInt(hunk.group(1));
                int count = hunk.group(2) == null ? 1 : Integer.parseInt(hunk.group(2));
                Set<Integer> changed = lines.computeIfAbsent(current, path -> new HashSet<>());
                for (int n = start; n < start + count; n++) {
                    changed.add(n);
                }
            }
        }
        return lines;
    }

    private static String git(Path directory, String... arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(List.of(arguments));
        Path errors = Files.createTempFile("serverless-lint-git", ".err");
        try {
            Process process = new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File(nullDevice())))
                    .redirectError(errors.toFile())
                    .start();
            String output;
            try (InputStream out = process.getInputStream()) {
                output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
            }
            int status = process.waitFor();
            if (status != 0) {
                String message = Files.readString(errors, StandardCharsets.UTF_8).strip();
                throw new IOException("git " + String.join(" ", arguments) + " failed in " + directory
                        + (message.isEmpty() ? " (exit status " + status + ")" : ": " + message));
            }
            return output;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running git", e);
        } finally {
            Files.deleteIfExists(errors);
        }
    }

    private static String nullDevice() {
        return System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null";
    }
}
