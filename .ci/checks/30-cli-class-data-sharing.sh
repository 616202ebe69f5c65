#!/usr/bin/env bash
# The CLI starts from the class-data-sharing archive the build makes (docs/performance.md, "Start-up of
# the CLI"): after `mvn verify` the archive is there, bin/serverless-lint uses it, every class of the
# linter comes from it (a library the JVM cannot archive, such as Java 5 bytecode, would show up here),
# and an archive that does not fit is ignored without a word.
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=lint-cli/target/serverless-lint.jar
archive=lint-cli/target/serverless-lint.jsa
fail() { echo "cli-class-data-sharing: $*" >&2; exit 1; }

if [ ! -f "$jar" ] || [ ! -f "$archive" ]; then
  mvn -B -q -ntp -DskipTests -pl lint-cli -am package
fi
[ -f "$archive" ] || fail "the build made no $archive"
[ "$jar" -nt "$archive" ] && fail "$archive is older than $jar"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
project=test-fixtures/projects/sample-order-service

# 1. A run maps the archive: no class of the linter or its libraries is read from the jar.
status=0
SERVERLESS_LINT_JAVA_OPTS="-Xlog:class+load:file=$work/classes.log" bin/serverless-lint --no-cache \
  --format json --output "$work/report.json" "$project" 2> "$work/stderr" || status=$?
[ "$status" -le 1 ] || { cat "$work/stderr" >&2; fail "the run failed with exit code $status"; }
from_archive=$(grep -c 'source: shared objects file (top)' "$work/classes.log" || true)
from_jar=$(grep 'source: file:.*serverless-lint.jar' "$work/classes.log" | sed 's/.*\] \([^ ]*\) source.*/\1/' || true)
[ "$from_archive" -ge 500 ] || fail "only $from_archive classes came from the archive"
[ -z "$from_jar" ] || fail "classes read from the jar instead of the archive: $(echo $from_jar | head -c 500)"
echo "cli-class-data-sharing: $from_archive classes from the archive, none from the jar"

# 2. Nothing about class-data sharing on stderr, also when the archive does not fit this jar.
grep -v 'finding(s) written to' "$work/stderr" && fail "unexpected output on stderr"
cp -p "$jar" "$work/serverless-lint.jar"
cp "$archive" "$work/serverless-lint.jsa"   # newer than the copied jar, but made for the other path
java -XX:SharedArchiveFile="$work/serverless-lint.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
  -jar "$work/serverless-lint.jar" --version > "$work/version" 2> "$work/stderr2"
[ ! -s "$work/stderr2" ] || { cat "$work/stderr2" >&2; fail "a mismatched archive printed something"; }
grep -q '^serverless-lint ' "$work/version" || fail "--version printed: $(cat "$work/version")"
echo "cli-class-data-sharing: OK"
