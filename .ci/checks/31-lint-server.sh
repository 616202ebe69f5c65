#!/usr/bin/env bash
# The lint server end to end through bin/serverless-lint (README "Lint server"): with
# SERVERLESS_LINT_DAEMON=on the first run starts a server from the built jar and the next runs are answered
# by it; every answer (standard output, standard error, exit code, report file) equals the run without it;
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
kill -0 "$pids" 2>/dev/null || fail "the server $pids is not running"
[ -S "$(ls "$XDG_RUNTIME_DIR"/serverless-lint/*.sock)" ] || fail "no socket in $XDG_RUNTIME_DIR/serverless-lint"

# Ctrl-C in the client while the server lints a larger project: the run is cancelled, no report appears.
python3 bench/generate_lambda_service.py "$work/big" --functions 2000 >/dev/null
set -m # a background job of a script ignores SIGINT unless it has its own process group, as in a terminal
SERVERLESS_LINT_DAEMON=on bin/serverless-lint --no-cache --format json --output "$work/big.json" "$work/big" \
  >/dev/null 2>&1 &
client=$!
sleep 1
kill -INT "$client" 2>/dev/null || true
wait "$client" 2>/dev/null || true
set +m
sleep 3
[ ! -e "$work/big.json" ] || fail "the run the client abandoned (Ctrl-C) wrote its report"
# Served again afterwards (by the same server, or by a new one if that one stopped the run by exiting).
status=0
SERVERLESS_LINT_DAEMON=on bin/serverless-lint --version >/dev/null || status=$?
[ "$status" = 0 ] || fail "no answer after a cancelled run (exit $status)"

# A socket directory open to others is not used: the command runs in the client's JVM, same answer.
chmod 755 "$XDG_RUNTIME_DIR/serverless-lint"
status=0
SERVERLESS_LINT_DAEMON=on bin/serverless-lint --no-cache --format json "$fixtures/sample-order-service" \
  >"$work/open.out" 2>"$work/open.err" || status=$?
[ "$status" = "$(cat "$work/1.off.status")" ] && cmp -s "$work/open.out" "$work/1.off.out" \
  || fail "with an open directory the answer differs"
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
