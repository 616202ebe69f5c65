#!/usr/bin/env bash
# The CLI starts from the class-data-sharing archive the build makes (docs/performance.md, "Start-up of
# the CLI"): after `mvn verify` the archive is there, bin/serverless-lint uses it, every class of the
# linter comes from it (a library the JVM cannot archive, such as Java 5 bytecode, would show up here),
# and an archive that does not fit is ignored without a word. With a JDK 25 or later installed, the same
# for its ahead-of-time cache: the launcher makes it in the background on first use, later runs take every
# class of the linter from it, and a cache that does not fit is ignored without a word.
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

# 1. A run maps the archive: no class of the linter or its libraries is read from the jar (JDK 17 to 24:
#    SERVERLESS_LINT_AOT=off keeps the launcher on the java of the PATH).
status=0
SERVERLESS_LINT_AOT=off SERVERLESS_LINT_JAVA_OPTS="-Xlog:class+load:file=$work/classes.log" bin/serverless-lint --no-cache \
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

# 3. JDK 25+: the ahead-of-time cache (JEP 483/514/515), when such a JDK is installed where the launcher looks.
jdk25=""
for candidate in /usr/lib/jvm/*/bin/java; do
  version=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$(dirname "$(dirname "$candidate")")/release" 2>/dev/null)
  if [ -n "$version" ] && [ "$version" -ge 25 ]; then jdk25=$candidate; break; fi
done
if [ -z "$jdk25" ]; then
  echo "cli-class-data-sharing: no JDK 25+ under /usr/lib/jvm, ahead-of-time cache not checked"
else
  runtime=$(sed -n 's/^JAVA_RUNTIME_VERSION="\([^"]*\)".*/\1/p' "$(dirname "$(dirname "$jdk25")")/release")
  cache="lint-cli/target/serverless-lint.jdk-$runtime.aot"
  rm -f "$cache"
  (unset JAVA_HOME; bin/serverless-lint --version > "$work/version25" 2> "$work/stderr25")
  [ ! -s "$work/stderr25" ] || { cat "$work/stderr25" >&2; fail "the first JDK 25 run printed something"; }
  grep -q '^serverless-lint ' "$work/version25" || fail "--version on JDK 25 printed: $(cat "$work/version25")"
  for _ in $(seq 1 300); do [ -f "$cache" ] && [ ! -d "$cache.lock" ] && break; sleep 1; done
  [ -f "$cache" ] || fail "no ahead-of-time cache $cache 300 s after the first JDK 25 run"
  status=0
  (unset JAVA_HOME; SERVERLESS_LINT_JAVA_OPTS="-Xlog:class+load:file=$work/classes25.log" bin/serverless-lint \
    --no-cache --format json --output "$work/report25.json" "$project" 2> "$work/stderr25") || status=$?
  [ "$status" -le 1 ] || { cat "$work/stderr25" >&2; fail "the JDK 25 run failed with exit code $status"; }
  from_cache=$(grep -c 'source: shared objects file' "$work/classes25.log" || true)
  from_jar=$(grep 'source: file:.*serverless-lint.jar' "$work/classes25.log" | sed 's/.*\] \([^ ]*\) source.*/\1/' || true)
  [ "$from_cache" -ge 500 ] || fail "only $from_cache classes came from the ahead-of-time cache"
  [ -z "$from_jar" ] || fail "classes read from the jar instead of the cache: $(echo $from_jar | head -c 500)"
  cmp -s "$work/report.json" "$work/report25.json" || fail "JDK 17 and JDK 25 runs reported differently"
  grep -v 'finding(s) written to' "$work/stderr25" && fail "unexpected output on stderr (JDK 25)"
  echo "cli-class-data-sharing: $from_cache classes from the ahead-of-time cache, none from the jar"
  # A cache made for another jar (the copy above, same bytes, other path and time) is ignored silently.
  "$jdk25" -XX:AOTCache="$cache" -Xlog:aot=off -Xlog:cds=off -jar "$work/serverless-lint.jar" --version \
    > "$work/version" 2> "$work/stderr3"
  [ ! -s "$work/stderr3" ] || { cat "$work/stderr3" >&2; fail "a mismatched cache printed something"; }
  grep -q '^serverless-lint ' "$work/version" || fail "--version printed: $(cat "$work/version")"
fi
echo "cli-class-data-sharing: OK"
