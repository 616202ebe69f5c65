#!/usr/bin/env bash
# The lint server end to end through bin/serverless-lint (README "Lint server"): with
# SERVERLESS_LINT_DAEMON=on the second run starts a server from the built jar (with the launcher's archive; it
# warms up on its own project) and the next runs are answered by it (the small client jar, which alone gets
# the answers); every answer (standard output, standard error,
# exit code, report file) equals the run without it; JVM options in the environment are announced once;
# Ctrl-C in the client cancels the run (no report written); a directory open to others is not used (the
# command runs in the client's JVM, same answer); --stop-daemon stops the server and no process is left.
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=lint-cli/target/serverless-lint.jar
fail() { echo "lint-server: $*" >&2; exit 1; }
if [ ! -f "$jar" ]; then
  mvn -B -q -ntp -DskipTests -pl lint-cli -am package
fi

work=$(mktemp -d)
export XDG_RUNTIME_DIR="$work/runtime"
mkdir -m 700 "$XDG_RUNTIME_DIR"
export SERVERLESS_LINT_AOT=off # the JDK on the PATH for both ways
cleanup() {
  bin/serverless-lint --stop-daemon >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
server_pids() { sed -n 's/^serverless-lint server \([0-9]*\) listening.*/\1/p' "$XDG_RUNTIME_DIR"/serverless-lint/*.log 2>/dev/null; }

fixtures=test-fixtures/projects
handler=$(find "$fixtures/sample-order-service" -name '*.java' | sort | head -n 1)
commands=(
  "--no-cache --format json $fixtures/sample-order-service"
  "--no-cache --format sarif --output $work/report.sarif $fixtures/clean-service"
  "--no-cache $fixtures/sl000-broken-files"
  "--no-cache --root $fixtures/sample-order-service $handler"
  "--no-such-option"
  "--version"
)
n=0
for command in "${commands[@]}"; do
  n=$((n + 1))
  for mode in off on; do
    status=0
    # shellcheck disable=SC2086
    SERVERLESS_LINT_DAEMON=$mode bin/serverless-lint $command >"$work/$n.$mode.out" 2>"$work/$n.$mode.err" || status=$?
    echo "$status" >"$work/$n.$mode.status"
    if [ -f "$work/report.sarif" ]; then mv "$work/report.sarif" "$work/$n.$mode.report"; fi
  done
  for part in out err status report; do
    if [ -e "$work/$n.off.$part" ] || [ -e "$work/$n.on.$part" ]; then
      cmp -s "$work/$n.off.$part" "$work/$n.on.$part" || {
        diff "$work/$n.off.$part" "$work/$n.on.$part" | head -n 20 >&2
        fail "'$command' gives another $part through the server"
      }
    fi
  done
done
pids=$(server_pids)
[ "$(echo "$pids" | grep -c .)" = 1 ] || fail "expected one server, found: $pids"
# It maps the class-data-sharing archive the launcher maps (JDK on the PATH, SERVERLESS_LINT_AOT=off), and its
# warm-up ran (stopped by the commands that came during it, or done) and removed its copy of its project.
archive="$PWD/${jar%.jar}.jsa"
if [ -f "$archive" ] && ! [ "$jar" -nt "$archive" ]; then
  tr '\0' '\n' <"/proc/$pids/cmdline" | grep -qxF -- "-XX:SharedArchiveFile=$archive" \
    || fail "the server does not map $archive: $(tr '\0' ' ' <"/proc/$pids/cmdline")"
fi
warmed_up() { grep -q "^serverless-lint server $pids warmed up: [0-9]* of 30 rounds" "$XDG_RUNTIME_DIR"/serverless-lint/*.log; }
for _ in $(seq 1 600); do warmed_up && break; sleep 0.1; done # it may still run: the commands came before it
warmed_up || fail "the server's log says nothing of its warm-up: $(cat "$XDG_RUNTIME_DIR"/serverless-lint/*.log)"
! ls -d "$XDG_RUNTIME_DIR"/serverless-lint/warm-up-* >/dev/null 2>&1 || fail "the warm-up left its project"
# The launcher ran the small client jar (it never opens the linter's jar), and that jar alone gets its answers
# from the server: exit 75 would mean it could not, and every command above ran the normal way instead.
client_jar=lint-cli/target/serverless-lint-client.jar
[ -f "$client_jar" ] || fail "no $client_jar"
status=0
java -Dserverless-lint.jar="$PWD/$jar" -cp "$client_jar" dev.serverlesslint.cli.daemon.client.LintClient \
  --no-cache --format json "$fixtures/sample-order-service" >"$work/alone.out" 2>"$work/alone.err" || status=$?
[ "$status" = "$(cat "$work/1.off.status")" ] || fail "the client jar alone: exit $status, $(cat "$work/alone.err")"
cmp -s "$work/alone.out" "$work/1.off.out" || fail "the client jar alone answers differently"
strace_log="$work/strace"
if command -v strace >/dev/null 2>&1; then
  SERVERLESS_LINT_DAEMON=on strace -f -e trace=open,openat -o "$strace_log" bin/serverless-lint --version >/dev/null
  ! grep -q 'serverless-lint\.jar"' "$strace_log" || fail "the served command opened the linter's jar"
fi
kill -0 "$pids" 2>/dev/null || fail "the server $pids is not running"
[ -S "$(ls "$XDG_RUNTIME_DIR"/serverless-lint/*.sock)" ] || fail "no socket in $XDG_RUNTIME_DIR/serverless-lint"

# Ctrl-C in the client while the server lints a larger project: the run is cancelled, no report appears.
python3 bench/generate_lambda_service.py "$work/big" --functions 2000 >/dev/null
set -m # a background job of a script ignores SIGINT unless it has its own process group, as in a terminal
SERVERLESS_LINT_DAEMON=on bin/serverless-lint --no-cache --format json --output "$work/big.json" "$work/big" \
  >/dev/null 2>&1 &
client=$!
sleep 1
kill -INT -- "-$client" 2>/dev/null || true # the job's process group (launcher and client JVM), as Ctrl-C does
wait "$client" 2>/dev/null || true
set +m
sleep 3
[ ! -e "$work/big.json" ] || fail "the run the client abandoned (Ctrl-C) wrote its report"
# Served again afterwards (by the same server, or by a new one if that one stopped the run by exiting).
status=0
SERVERLESS_LINT_DAEMON=on bin/serverless-lint --version >/dev/null || status=$?
[ "$status" = 0 ] || fail "no answer after a cancelled run (exit $status)"

# JVM options in the environment are for the JVM that lints (a server of their own), announced once.
with_options=(env JAVA_TOOL_OPTIONS=-Dserverless-lint.check=1)
"${with_options[@]}" SERVERLESS_LINT_DAEMON=off bin/serverless-lint --version >"$work/options.off.out" 2>"$work/options.off.err"
"${with_options[@]}" SERVERLESS_LINT_DAEMON=on bin/serverless-lint --version >"$work/options.on.out" 2>"$work/options.on.err"
[ "$(grep -c 'Picked up JAVA_TOOL_OPTIONS' "$work/options.on.err")" = 1 ] \
  && cmp -s "$work/options.off.err" "$work/options.on.err" && cmp -s "$work/options.off.out" "$work/options.on.out" \
  || fail "with JAVA_TOOL_OPTIONS the served run printed: $(cat "$work/options.on.err")"

# A socket directory open to others is not used: the command runs the normal way, same answer (and the JVM
# options announced once: the client's JVM did not announce them).
chmod 755 "$XDG_RUNTIME_DIR/serverless-lint"
status=0
SERVERLESS_LINT_DAEMON=on bin/serverless-lint --no-cache --format json "$fixtures/sample-order-service" \
  >"$work/open.out" 2>"$work/open.err" || status=$?
[ "$status" = "$(cat "$work/1.off.status")" ] && cmp -s "$work/open.out" "$work/1.off.out" \
  || fail "with an open directory the answer differs"
"${with_options[@]}" SERVERLESS_LINT_DAEMON=on bin/serverless-lint --version >"$work/open.options.out" \
  2>"$work/open.options.err"
cmp -s "$work/options.off.err" "$work/open.options.err" \
  || fail "with an open directory and JAVA_TOOL_OPTIONS the run printed: $(cat "$work/open.options.err")"
chmod 700 "$XDG_RUNTIME_DIR/serverless-lint"

pids=$(server_pids)
bin/serverless-lint --stop-daemon >"$work/stop.out"
grep -q 'stopped [1-9][0-9]* lint server' "$work/stop.out" || fail "--stop-daemon: $(cat "$work/stop.out")"
for pid in $pids; do
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  ! kill -0 "$pid" 2>/dev/null || fail "server $pid still runs after --stop-daemon"
done
[ -z "$(ls "$XDG_RUNTIME_DIR"/serverless-lint/*.sock 2>/dev/null)" ] || fail "a socket is left after --stop-daemon"
echo "lint server OK"
