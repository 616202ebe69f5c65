#!/usr/bin/env bash
# serverless-lint benchmark: one command, see bench/README.md.
#
#   bash bench/run.sh            full run: writes BENCHMARKS.md at the repository root
#   bash bench/run.sh --quick    smoke run (small corpus, 1 run, no scaling):
#                                writes bench/results/BENCHMARKS.quick.md, never BENCHMARKS.md
#
# Options: --runs N (median of N interleaved runs, default 3), --threads N (default 2),
#          --no-scaling, --no-profile, --no-combined (leave out the issue-18 cases: the combined
#          corpus and the 5,000-handler service), --output FILE (where the report goes);
#          --scaling, --profile: run those parts in --quick mode too (to test the script).
# Environment:
#   SERVERLESS_LINT_CACHE_ARGS  CLI arguments that enable its cache for the warm case, e.g.
#                               "--cache-dir bench/work/cache". Default: "--cache-dir <work>/cache"
#                               when `serverless-lint --help` lists --cache-dir, otherwise empty
#                               (then "warm" is the same command as "cold", reported as such).
#   RAW_PARSE_JAVA_OPTS         JVM flags of the raw-parse floor (default: the launcher's flags).
#   BENCH_CORPUS_SCALES         scaling factors (default "1 2 4") applied to the scaling unit
#                               (kafka-clients, about a quarter of the corpus).
#   BENCH_SCALING_RUNS          rounds of the scaling cases (default: --runs).
#
# Downloads (Maven Central, through Maven; cached in ~/.m2 and bench/work/, git-ignored):
# bench/corpus/pom.xml (Java source jars), bench/corpus-combined/pom.xml (the combined corpus of
# issue 18: Lambda code next to a large codebase) and bench/pmd/pom.xml (PMD).
#
# The CLI cases run on the java of the PATH, like the floor (SERVERLESS_LINT_AOT=off: the launcher
# would otherwise prefer an installed JDK 25); the *-aot cases run the launcher on a JDK 25+ with its
# ahead-of-time cache, when one is installed.
set -euo pipefail
export SERVERLESS_LINT_AOT=off

bench=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)
repo=$(cd "$bench/.." && pwd)
work="$bench/work"
results="$bench/results"

runs=3
threads=2
quick=false
scaling=true
profile=true
report=""
force_scaling=false
force_profile=false
combined=true
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=true ;;
    --runs) runs="$2"; shift ;;
    --threads) threads="$2"; shift ;;
    --no-scaling) scaling=false ;;
    --no-profile) profile=false ;;
    --no-combined) combined=false ;;
    --scaling) force_scaling=true ;;
    --profile) force_profile=true ;;
    --output) report="$2"; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | grep '^#' | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench/run.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
if $quick; then
  runs=1
  scaling=false
  profile=false
  combined=false
  [ -n "$report" ] || report="$results/BENCHMARKS.quick.md"
fi
if $force_scaling; then scaling=true; fi
if $force_profile; then profile=true; fi
[ -n "$report" ] || report="$repo/BENCHMARKS.md"

log() { printf '[bench %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { printf 'bench/run.sh: %s\n' "$*" >&2; exit 2; }

# ---------------------------------------------------------------- prerequisites
command -v java >/dev/null || die "java not found (JDK 17+ needed)"
command -v javac >/dev/null || die "javac not found (a JDK, not a JRE, is needed)"
command -v mvn >/dev/null || die "mvn not found"
command -v python3 >/dev/null || die "python3 not found"
command -v unzip >/dev/null || die "unzip not found"
if [ ! -x /usr/bin/time ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    log "installing GNU time (Debian package 'time') for peak RSS"
    apt-get install -y -q time >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q time >/dev/null; }
  fi
  [ -x /usr/bin/time ] || die "/usr/bin/time (GNU time) is needed for peak RSS: apt-get install time"
fi

m2="${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}"
javaparser_version=3.28.1  # the version the linter uses (parent pom)
javaparser_jar="$m2/com/github/javaparser/javaparser-core/$javaparser_version/javaparser-core-$javaparser_version.jar"
dependency_plugin=org.apache.maven.plugins:maven-dependency-plugin:3.6.1
pmd_version=$(sed -n 's:.*<pmd.version>\(.*\)</pmd.version>.*:\1:p' "$bench/pmd/pom.xml")
spring_version=$(sed -n 's:.*<spring.version>\(.*\)</spring.version>.*:\1:p' "$bench/corpus/pom.xml")
kafka_version=$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$bench/corpus/pom.xml")

mkdir -p "$work" "$results"
rm -rf "$results/out" && mkdir -p "$results/out"

# ---------------------------------------------------------------- the CLI
cli="$repo/bin/serverless-lint"
if [ ! -f "$repo/lint-cli/target/serverless-lint.jar" ]; then
  log "building the CLI (mvn -B -q -o -DskipTests package -pl lint-cli -am)"
  (cd "$repo" && mvn -B -q -o -DskipTests package -pl lint-cli -am)
fi
cli_version=$("$cli" --version 2>/dev/null | head -1)
cache_args="${SERVERLESS_LINT_CACHE_ARGS-}"
if [ -z "${SERVERLESS_LINT_CACHE_ARGS+set}" ] && "$cli" --help 2>/dev/null | grep -- '--cache-dir' >/dev/null; then
  cache_args="--cache-dir $work/cache"
fi

# ---------------------------------------------------------------- corpus
if [ ! -f "$javaparser_jar" ]; then
  log "fetching javaparser-core $javaparser_version"
  mvn -B -q "$dependency_plugin:get" -Dartifact="com.github.javaparser:javaparser-core:$javaparser_version" -Dtransitive=false
fi
jars="$work/jars"
if [ "$(ls "$jars"/*-sources.jar 2>/dev/null | wc -l)" -lt "$(grep -c '<classifier>sources</classifier>' "$bench/corpus/pom.xml")" ]; then
  log "downloading the corpus source jars from Maven Central (bench/corpus/pom.xml)"
  (cd "$work" && mvn -B -q -f "$bench/corpus/pom.xml" "$dependency_plugin:copy-dependencies" \
      -DexcludeTransitive=true -DoutputDirectory="$jars")
fi
corpus_all="$work/corpus/java"
if [ ! -f "$corpus_all/.unpacked" ]; then
  log "unpacking the .java files of the source jars"
  rm -rf "$corpus_all" && mkdir -p "$corpus_all"
  for jar in "$jars"/*-sources.jar; do
    name=$(basename "$jar" -sources.jar)
    unzip -q -o "$jar" '*.java' -d "$corpus_all/$name"
  done
  touch "$corpus_all/.unpacked"
fi
# The combined corpus (issue 18): Lambda modules (Powertools, aws-serverless-java-container) next to
# spring-framework and kafka-clients, as in a monorepo.
corpus_combined="$work/corpus/combined"
if $combined; then
  jars_combined="$work/jars-combined"
  if [ "$(ls "$jars_combined"/*-sources.jar 2>/dev/null | wc -l)" -lt "$(grep -c '<classifier>sources</classifier>' "$bench/corpus-combined/pom.xml")" ]; then
    log "downloading the combined corpus source jars from Maven Central (bench/corpus-combined/pom.xml)"
    (cd "$work" && mvn -B -q -f "$bench/corpus-combined/pom.xml" "$dependency_plugin:copy-dependencies" \
        -DexcludeTransitive=true -DoutputDirectory="$jars_combined")
  fi
  if [ ! -f "$corpus_combined/.unpacked" ]; then
    rm -rf "$corpus_combined" && mkdir -p "$corpus_combined"
    for jar in "$jars_combined"/*-sources.jar; do
      unzip -q -o "$jar" '*.java' -d "$corpus_combined/$(basename "$jar" -sources.jar)"
    done
    touch "$corpus_combined/.unpacked"
  fi
fi
if $quick; then
  # a few modules only: enough to exercise every case in a minute or two
  corpus="$work/corpus/java-quick"
  if [ ! -d "$corpus" ]; then
    mkdir -p "$corpus"
    cp -al "$corpus_all/spring-beans-$spring_version" "$corpus_all/spring-jdbc-$spring_version" "$corpus/"
  fi
else
  corpus="$corpus_all"
fi
java_files=$(find "$corpus" -name '*.java' -type f | wc -l)
java_lines=$(find "$corpus" -name '*.java' -type f -print0 | xargs -0 cat | wc -l)
log "Java corpus: $java_files files, $java_lines lines"

templates="$work/corpus/templates"
rm -rf "$templates"
if $quick; then
  python3 "$bench/generate_templates.py" "$templates" --sam-files 2 --serverless-files 2 --functions-per-file 10
else
  python3 "$bench/generate_templates.py" "$templates"
fi
sam_files=$(ls "$templates"/sam/*.yaml | wc -l)
sam_functions=$(grep -c 'Type: AWS::Serverless::Function' "$templates"/sam/*.yaml | awk -F: '{s+=$2} END {print s}')
sls_files=$(find "$templates/serverless" -name serverless.yml | wc -l)
sls_functions=$(grep -h -c 'handler:' $(find "$templates/serverless" -name serverless.yml) | awk '{s+=$1} END {print s}')
service="$work/corpus/lambda-service"
rm -rf "$service"
python3 "$bench/generate_lambda_service.py" "$service"
service_files=$(find "$service" -name '*.java' -type f | wc -l)
service_lines=$(find "$service" -name '*.java' -type f -print0 | xargs -0 cat | wc -l)
single_handler="$service/src/main/java/com/example/billing/Fn007Handler.java"
# 5,000 handlers sharing a service layer of 50 classes (issue 18)
service_big="$work/corpus/lambda-service-5000"
if $combined; then
  rm -rf "$service_big"
  python3 "$bench/generate_lambda_service.py" "$service_big" --functions 5000 --services 50
fi
# A JDK 25 or later for the ahead-of-time cache cases (the launcher looks in the same places).
jdk25=""
for candidate in /usr/lib/jvm/*/bin/java; do
  feature=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$(dirname "$(dirname "$candidate")")/release" 2>/dev/null)
  if [ -n "$feature" ] && [ "$feature" -ge 25 ]; then jdk25=$candidate; break; fi
done
single_java=$(find "$corpus" -path '*org/springframework/jdbc/core/JdbcTemplate.java' | head -1)
[ -n "$single_java" ] || single_java=$(find "$corpus" -name '*.java' -type f | sort | head -1)
single_template="$templates/sam/template-00.yaml"
no_cache_args=""
if "$cli" --help 2>/dev/null | grep -- '--no-cache' >/dev/null; then
  no_cache_args="--no-cache"
fi

# ---------------------------------------------------------------- raw parse floor
raw_classes="$work/raw-parse-classes"
mkdir -p "$raw_classes"
javac --release 17 -nowarn -d "$raw_classes" -cp "$javaparser_jar" "$bench/raw-parse/RawParse.java"
# The launcher's JVM flags (its jvm_flags=(...) line), so the floor runs with the same JVM settings.
launcher_opts=$(sed -n 's/^jvm_flags=(\(.*\))$/\1/p' "$cli")
[ -n "$launcher_opts" ] || die "cannot read the JVM flags from $cli"
raw_opts="${RAW_PARSE_JAVA_OPTS-$launcher_opts}"

# ---------------------------------------------------------------- PMD
pmd_lib="$work/tools/pmd-$pmd_version/lib"
if [ ! -f "$pmd_lib/pmd-java-$pmd_version.jar" ]; then
  log "downloading PMD $pmd_version from Maven Central (bench/pmd/pom.xml)"
  (cd "$work" && mvn -B -q -f "$bench/pmd/pom.xml" "$dependency_plugin:copy-dependencies" \
      -DincludeScope=runtime -DoutputDirectory="$pmd_lib")
fi

# ---------------------------------------------------------------- cfn-lint
cfn_lint=""
cfn_note=""
if command -v cfn-lint >/dev/null; then
  cfn_lint=$(command -v cfn-lint)
  # a pyenv shim adds a bash + pyenv start to every call: use the real entry point
  if command -v pyenv >/dev/null && real=$(pyenv which cfn-lint 2>/dev/null); then cfn_lint="$real"; fi
  cfn_version=$("$cfn_lint" --version 2>/dev/null | awk '{print $2}')
else
  cfn_note="cfn-lint is not installed"
  if command -v apt-cache >/dev/null && apt-cache policy cfn-lint python3-cfnlint 2>/dev/null | grep -q 'Candidate: [0-9]'; then
    cfn_note="$cfn_note (Debian has it: apt-get install cfn-lint)"
  fi
  log "$cfn_note: skipping the cfn-lint case"
fi

scales="${BENCH_CORPUS_SCALES:-1 2 4}"
scaling_runs="${BENCH_SCALING_RUNS:-$runs}"
# the scaling unit is one module (about a quarter of the corpus), copied 1, 2 and 4 times, so the
# largest scaled input is about the size of the full corpus
scale_unit="$corpus_all/kafka-clients-$kafka_version"
if $quick; then scale_unit="$corpus_all/spring-jdbc-$spring_version"; fi

# ---------------------------------------------------------------- machine and versions (meta.tsv)
cpu_model=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
mem_total=$(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)
meta="$results/meta.tsv"
{
  printf 'date\t%s\n' "$(date -u '+%Y-%m-%d %H:%M UTC')"
  printf 'machine\t%s CPUs (nproc), %s RAM, %s\n' "$(nproc)" "$mem_total" "$cpu_model"
  printf 'os\t%s\n' "$(. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME") / kernel $(uname -r)"
  printf 'jdk\t%s\n' "$(java -version 2>&1 | sed -n 2p)"
  printf 'serverless-lint\t%s (%s, commit %s)\n' "$cli_version" "$("$cli" --list-rules 2>/dev/null | grep -c '^SL') rules" "$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown)"
  printf 'javaparser\t%s\n' "$javaparser_version"
  printf 'pmd\t%s (pmd-cli + pmd-java from Maven Central, bench/pmd/ruleset.xml: %s rules)\n' "$pmd_version" "$(grep -c '<rule ref' "$bench/pmd/ruleset.xml")"
  printf 'cfn-lint\t%s\n' "${cfn_version:-not measured: $cfn_note}"
  printf 'corpus\t%s .java files, %s lines: spring-framework %s (%s modules) and kafka-clients %s source jars from Maven Central\n' \
    "$java_files" "$java_lines" "$spring_version" "$(ls "$corpus" | grep -c '^spring-' || true)" "$kafka_version"
  printf 'templates\t%s SAM templates (%s functions) and %s serverless.yml (%s functions), bench/generate_templates.py\n' \
    "$sam_files" "$sam_functions" "$sls_files" "$sls_functions"
  printf 'service\t%s .java files, %s lines, 1 serverless.yml: bench/generate_lambda_service.py\n' "$service_files" "$service_lines"
  printf 'single_handler\t%s (%s lines)\n' "${single_handler#"$work/"}" "$(wc -l < "$single_handler")"
  if $combined; then
    printf 'combined\t%s .java files, %s lines: bench/corpus-combined/pom.xml (12 spring-framework 7.0.10 modules, kafka-clients 4.3.1, 9 Powertools for AWS Lambda (Java) 2.9.0 modules, aws-serverless-java-container core 3.0.2, jersey and springboot3 2.1.5)\n' \
      "$(find "$corpus_combined" -name '*.java' -type f | wc -l)" "$(find "$corpus_combined" -name '*.java' -type f -print0 | xargs -0 cat | wc -l)"
    printf 'service_big\t%s .java files: generate_lambda_service.py --functions 5000 --services 50\n' \
      "$(find "$service_big" -name '*.java' -type f | wc -l)"
  fi
  printf 'jdk25\t%s\n' "${jdk25:+$("$jdk25" -version 2>&1 | sed -n 2p)}"
  printf 'single_java\t%s (%s lines)\n' "${single_java#"$work/"}" "$(wc -l < "$single_java")"
  printf 'single_java_lines\t%s\n' "$(wc -l < "$single_java")"
  printf 'runs\t%s\n' "$runs"
  printf 'scaling_runs\t%s\n' "$($scaling && echo "$scaling_runs" || echo 0)"
  if $scaling; then
    printf 'scale_unit\t%s\n' "${scale_unit#"$work/corpus/java/"} ($(find "$scale_unit" -name '*.java' -type f | wc -l) .java files), copied ${scales// /, } times"
  fi
  printf 'threads\t%s\n' "$threads"
  printf 'quick\t%s\n' "$quick"
  printf 'cache_args\t%s\n' "$cache_args"
  printf 'raw_opts\t%s\n' "$raw_opts"
  printf "load_start\t%s\n" "$(cut -d' ' -f1-3 /proc/loadavg)"
} > "$meta"
# ---------------------------------------------------------------- measuring
tsv="$results/measurements.tsv"
printf 'case\trun\twall_s\tpeak_rss_kb\texit\tcpu_s\n' > "$tsv"
cmds="$results/commands.tsv"
printf 'case\tcommand\n' > "$cmds"
declare -A recorded=()

# measure CASE RUN OUTFILE CMD...: wall time and peak RSS of CMD (stdout to OUTFILE)
measure() {
  local name="$1" run="$2" out="$3"; shift 3
  if [ -z "${recorded[$name]:-}" ]; then
    printf '%s\t%s\n' "$name" "$(printf '%q ' "$@" | sed "s#$repo/##g; s#$HOME#~#g")" >> "$cmds"
    recorded[$name]=1
  fi
  local timing="$results/out/.time"
  local rc=0 served_before=0
  servers_idle
  if [[ $name == *-daemon ]]; then served_before=$(server_cpu); fi
  /usr/bin/time -f '%e %M %U %S' -o "$timing" "$@" > "$out" 2> "$results/out/$name.stderr" || rc=$?
  local wall rss user sys cpu
  read -r wall rss user sys < <(tail -1 "$timing")
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.2f", u + s}')
  # Through the lint server, the CPU of a run is the client's plus what the server spent meanwhile.
  if [[ $name == *-daemon ]]; then
    cpu=$(awk -v c="$cpu" -v a="$served_before" -v b="$(server_cpu)" 'BEGIN {printf "%.2f", c + b - a}')
  fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$run" "$wall" "$rss" "$rc" "$cpu" >> "$tsv"
  log "$(printf '%-22s run %s: %6.2f s wall %7.2f s CPU %7d KB  exit %s' "$name" "$run" "$wall" "$cpu" "$rss" "$rc")"
}

# The lint-server cases (*-daemon): servers of their own, in a private directory of the bench, stopped at the
# end; server_cpu is the CPU time (user + sys, seconds) the running servers have used so far.
daemon_runtime="$work/daemon-runtime"
rm -rf "$daemon_runtime" && mkdir -m 700 "$daemon_runtime"
served=(env XDG_RUNTIME_DIR="$daemon_runtime" SERVERLESS_LINT_DAEMON=on)
stop_servers() { XDG_RUNTIME_DIR="$daemon_runtime" "$cli" --stop-daemon >/dev/null 2>&1 || true; }
trap stop_servers EXIT
server_cpu() {
  local pid ticks=0
  for pid in $(sed -n 's/^serverless-lint server \([0-9]*\) listening.*/\1/p' "$daemon_runtime"/serverless-lint/*.log 2>/dev/null); do
    [ -r "/proc/$pid/stat" ] && ticks=$((ticks + $(awk '{print $14 + $15}' "/proc/$pid/stat")))
  done
  awk -v t="$ticks" -v hz="$(getconf CLK_TCK)" 'BEGIN {printf "%.2f", t / hz}'
}

# Waits (at most a minute) until the lint servers' CPU time stays the same for half a second: what a server's
# JIT compiles after a command (more of it while the server is young) neither competes with the next case nor
# counts as the next served command's CPU. Commits come minutes apart, so a command meets an idle server.
servers_idle() {
  local before after
  before=$(server_cpu)
  for _ in $(seq 1 120); do
    sleep 0.5
    after=$(server_cpu)
    [ "$after" = "$before" ] && return 0
    before=$after
  done
}

cli_run() { measure "$1" "$2" /dev/null "$cli" --threads "$3" --format json --output "$4" "${@:5}"; }
# Cold runs never read the default result cache (~/.cache/serverless-lint); the warm case names its own.
cli_cold() { cli_run "$1" "$2" "$3" "$4" $no_cache_args "${@:5}"; }
pmd_cmd=(java -cp "$pmd_lib/*" net.sourceforge.pmd.cli.PmdCli check --no-cache --no-progress -t "$threads"
         -R "$bench/pmd/ruleset.xml" -f text -r "$results/out/pmd.txt" -d "$corpus")
# shellcheck disable=SC2206
raw_cmd=(java $raw_opts -cp "$javaparser_jar:$raw_classes" RawParse "$threads" "$corpus")

if [ -n "$cache_args" ]; then
  # shellcheck disable=SC2086
  rm -rf "$work/cache" && "$cli" --threads "$threads" $cache_args --format json --output /dev/null "$corpus" >/dev/null 2>&1 || true
fi

if [ -n "$jdk25" ]; then
  # The first launcher run on a JDK 25 makes the ahead-of-time cache in the background: wait for it.
  SERVERLESS_LINT_AOT=on "$cli" --version >/dev/null 2>&1 || true
  for _ in $(seq 1 600); do
    ls "$repo"/lint-cli/target/serverless-lint.jdk-*.aot.lock >/dev/null 2>&1 || break
    sleep 1
  done
fi
pmd_combined_cmd=(java -cp "$pmd_lib/*" net.sourceforge.pmd.cli.PmdCli check --no-cache --no-progress -t "$threads"
         -R "$bench/pmd/ruleset.xml" -f text -r "$results/out/pmd-combined.txt" -d "$corpus_combined")

# The incremental case (issue 18): a hard-linked copy of the combined corpus in which one method body
# of a file off the request paths is edited (the edit replaces the file, so the corpus is untouched).
corpus_incremental="$work/corpus/combined-incremental"
incremental_file="kafka-clients-4.3.1/org/apache/kafka/common/utils/Utils.java"
incremental_cache="$work/cache-incremental"
incremental_identical=""
if $combined; then
  rm -rf "$corpus_incremental" && cp -al "$corpus_combined" "$corpus_incremental"
  grep -q '^        return utf8(buffer, 0, length);$' "$corpus_combined/$incremental_file" \
    || die "the incremental case's edit point is missing in $incremental_file"
fi
# incremental_edit RUN: the original file, or (with RUN) a new local variable in one method body
incremental_edit() {
  local target="$corpus_incremental/$incremental_file"
  rm -f "$target"
  if [ -z "${1:-}" ]; then
    cp "$corpus_combined/$incremental_file" "$target"
  else
    sed "s/^        return utf8(buffer, 0, length);\$/        int benchEdit$1 = length;\n&/" \
      "$corpus_combined/$incremental_file" > "$target"
  fi
}

# The lint servers (JDK of the PATH; JDK 25 when installed) are started as a pre-commit sitting starts them:
# the second command starts a server, which then warms up on its own project (LintServerWarmUp); the cases
# measure the commits of a sitting after that, from the tenth on (docs/performance.md, "Lint server").
served_commands() {
  # shellcheck disable=SC2086
  "${served[@]}" "$cli" $no_cache_args --root "$service" "$single_handler" >/dev/null 2>&1 || true
  # shellcheck disable=SC2086
  [ -z "$jdk25" ] || "${served[@]}" SERVERLESS_LINT_AOT=on "$cli" $no_cache_args --root "$service" "$single_handler" \
    >/dev/null 2>&1 || true
}
served_commands
served_commands
for _ in $(seq 1 300); do
  started=$(cat "$daemon_runtime"/serverless-lint/*.log 2>/dev/null | grep -c ' listening on ' || true)
  warmed=$(cat "$daemon_runtime"/serverless-lint/*.log 2>/dev/null | grep -c ' warmed up: ' || true)
  [ "$started" -gt 0 ] && [ "$warmed" -ge "$started" ] && break
  sleep 1
done
for _ in $(seq 1 "$($quick && echo 1 || echo 7)"); do
  served_commands
  # shellcheck disable=SC2086
  "${served[@]}" "$cli" --threads "$threads" --format json $no_cache_args "$templates/sam" >/dev/null 2>&1 || true
done
# The first served runs make the client's own archive / cache in the background (bin/serverless-lint): wait.
for _ in $(seq 1 300); do
  ls "$repo"/lint-cli/target/serverless-lint-client.*.lock >/dev/null 2>&1 || break
  sleep 1
done

log "main cases: $runs interleaved run(s), $threads threads"
for run in $(seq 1 "$runs"); do
  measure raw-parse "$run" "$results/out/raw-parse.txt" "${raw_cmd[@]}"
  cli_cold cli-cold "$run" "$threads" "$results/out/cli-cold.json" "$corpus"
  # shellcheck disable=SC2086
  cli_run cli-warm "$run" "$threads" "$results/out/cli-warm.json" $cache_args "$corpus"
  measure pmd "$run" "$results/out/pmd.stdout" "${pmd_cmd[@]}"
  cli_cold cli-templates-sam "$run" "$threads" "$results/out/cli-templates-sam.json" "$templates/sam"
  if [ -n "$cfn_lint" ]; then
    measure cfn-lint "$run" "$results/out/cfn-lint.txt" "$cfn_lint" --format parseable "$templates"/sam/*.yaml
  fi
  cli_cold cli-templates-all "$run" "$threads" "$results/out/cli-templates-all.json" "$templates"
  cli_cold cli-service "$run" "$threads" "$results/out/cli-service.json" "$service"
  # Pre-commit in a Lambda project: one handler changed, analysed with its project.
  measure cli-single-handler "$run" "$results/out/cli-single-handler.txt" "$cli" $no_cache_args \
    --root "$service" "$single_handler"
  # A file given alone is analysed with its project (nearest pom.xml/serverless.yml/template.yaml/.git):
  # in the corpus that would be this whole repository, so the file's directory is named as the root.
  measure cli-single-java "$run" "$results/out/cli-single-java.txt" "$cli" $no_cache_args \
    --root "$(dirname "$single_java")" "$single_java"
  measure cli-single-template "$run" "$results/out/cli-single-template.txt" "$cli" $no_cache_args \
    --root "$(dirname "$single_template")" "$single_template"
  measure cli-version "$run" "$results/out/cli-version.txt" "$cli" --version
  # The same through a warm lint server (SERVERLESS_LINT_DAEMON=on), CPU including the server's.
  measure cli-single-handler-daemon "$run" "$results/out/cli-single-handler-daemon.txt" "${served[@]}" "$cli" $no_cache_args \
    --root "$service" "$single_handler"
  measure cli-templates-sam-daemon "$run" "$results/out/cli-templates-sam-daemon.stdout" "${served[@]}" "$cli" \
    --threads "$threads" --format json --output "$results/out/cli-templates-sam-daemon.json" $no_cache_args "$templates/sam"
  if [ -n "$jdk25" ]; then
    measure cli-single-handler-aot "$run" "$results/out/cli-single-handler-aot.txt" env SERVERLESS_LINT_AOT=on \
      "$cli" $no_cache_args --root "$service" "$single_handler"
    measure cli-version-aot "$run" "$results/out/cli-version-aot.txt" env SERVERLESS_LINT_AOT=on "$cli" --version
    measure cli-single-handler-aot-daemon "$run" "$results/out/cli-single-handler-aot-daemon.txt" "${served[@]}" \
      SERVERLESS_LINT_AOT=on "$cli" $no_cache_args --root "$service" "$single_handler"
    measure cli-templates-sam-aot "$run" "$results/out/cli-templates-sam-aot.stdout" env SERVERLESS_LINT_AOT=on \
      "$cli" --threads "$threads" --format json --output "$results/out/cli-templates-sam-aot.json" $no_cache_args \
      "$templates/sam"
  fi
  if $combined; then
    # shellcheck disable=SC2086
    measure raw-parse-combined "$run" "$results/out/raw-parse-combined.txt" \
      java $raw_opts -cp "$javaparser_jar:$raw_classes" RawParse "$threads" "$corpus_combined"
    cli_cold cli-combined "$run" "$threads" "$results/out/cli-combined.json" "$corpus_combined"
    # Incremental: a cold run that fills an empty cache, one method body edited, the cached rerun.
    incremental_edit
    rm -rf "$incremental_cache"
    cli_run cli-combined-cached "$run" "$threads" "$results/out/cli-combined-cached.json" \
      --cache-dir "$incremental_cache" "$corpus_incremental"
    incremental_edit "$run"
    cli_run cli-combined-incremental "$run" "$threads" "$results/out/cli-combined-incremental.json" \
      --cache-dir "$incremental_cache" "$corpus_incremental"
    if [ "$run" = 1 ]; then
      # the same edited corpus without the cache: the report must be byte-identical
      cli_cold cli-combined-edited "$run" "$threads" "$results/out/cli-combined-edited.json" "$corpus_incremental"
      incremental_identical=no
      cmp -s "$results/out/cli-combined-edited.json" "$results/out/cli-combined-incremental.json" \
        && incremental_identical=yes
      log "incremental run's report identical to a cold run's: $incremental_identical"
    fi
    measure pmd-combined "$run" "$results/out/pmd-combined.stdout" "${pmd_combined_cmd[@]}"
    # shellcheck disable=SC2086
    measure raw-parse-service-5000 "$run" "$results/out/raw-parse-service-5000.txt" \
      java $raw_opts -cp "$javaparser_jar:$raw_classes" RawParse "$threads" "$service_big"
    cli_cold cli-service-5000 "$run" "$threads" "$results/out/cli-service-5000.json" "$service_big"
  fi
  # shellcheck disable=SC2086
  measure jvm-start "$run" "$results/out/jvm-start.txt" java $launcher_opts -version
done

# ---------------------------------------------------------------- scaling and threads
if $scaling; then
  for factor in $scales; do
    dir="$work/corpus/scale-$(basename "$scale_unit")-x$factor"
    if [ ! -f "$dir/.complete" ]; then
      rm -rf "$dir" && mkdir -p "$dir"
      for copy in $(seq 1 "$factor"); do cp -al "$scale_unit" "$dir/copy$copy"; done
      touch "$dir/.complete"
    fi
  done
  log "scaling cases: $scaling_runs interleaved run(s)"
  for run in $(seq 1 "$scaling_runs"); do
    cli_cold cli-cold-1-thread "$run" 1 "$results/out/cli-cold-1-thread.json" "$corpus"
    # shellcheck disable=SC2086
    measure raw-parse-1-thread "$run" "$results/out/raw-parse-1-thread.txt" \
      java $raw_opts -cp "$javaparser_jar:$raw_classes" RawParse 1 "$corpus"
    for factor in $scales; do
      cli_cold "cli-scale-x$factor" "$run" "$threads" "$results/out/cli-scale-x$factor.json" "$work/corpus/scale-$(basename "$scale_unit")-x$factor"
    done
  done
fi

# ---------------------------------------------------------------- 1 vs N threads: identical output
identity="$results/identity.tsv"
printf 'input\tthreads_1\tthreads_n\tidentical\n' > "$identity"
if [ -n "$incremental_identical" ]; then
  # not a thread comparison: the incremental run's report (N threads) against a cold run's (N threads)
  printf '%s\t%s\t%s\t%s\n' "combined, one body edited: cold (no cache) vs incremental" \
    "$(sha256sum < "$results/out/cli-combined-edited.json" | cut -c1-16)" \
    "$(sha256sum < "$results/out/cli-combined-incremental.json" | cut -c1-16)" "$incremental_identical" >> "$identity"
fi
check_identity() {
  local label="$1" path="$2" one="$results/out/identity-$1-1.json" many="$results/out/identity-$1-n.json"
  (cd "$repo" && "$cli" --threads 1 --format json --output "$one" "$path" >/dev/null 2>&1) || true
  (cd "$repo" && "$cli" --threads "$threads" --format json --output "$many" "$path" >/dev/null 2>&1) || true
  local same=no
  cmp -s "$one" "$many" && same=yes
  printf '%s\t%s\t%s\t%s\n' "$label" "$(sha256sum < "$one" | cut -c1-16)" "$(sha256sum < "$many" | cut -c1-16)" "$same" >> "$identity"
  log "output identical for 1 and $threads threads on $label: $same"
}
check_identity templates "$templates"
check_identity fixtures "$repo/test-fixtures/projects"
if $scaling; then
  # the timed 1-thread and N-thread cold runs over the Java corpus wrote JSON reports too
  same=no
  cmp -s "$results/out/cli-cold-1-thread.json" "$results/out/cli-cold.json" && same=yes
  printf '%s\t%s\t%s\t%s\n' java-corpus "$(sha256sum < "$results/out/cli-cold-1-thread.json" | cut -c1-16)" \
    "$(sha256sum < "$results/out/cli-cold.json" | cut -c1-16)" "$same" >> "$identity"
  log "output identical for 1 and $threads threads on the Java corpus: $same"
fi
printf 'load_end\t%s\n' "$(cut -d' ' -f1-3 /proc/loadavg)" >> "$meta"

# ---------------------------------------------------------------- profile (JFR)
profile_md="$results/profile.md"
rm -f "$profile_md"
if $profile; then
  log "profiling one cold CLI run with JFR"
  jfr_file="$results/cli-cold.jfr"
  rm -f "$jfr_file"
  SERVERLESS_LINT_JAVA_OPTS="-XX:StartFlightRecording=filename=$jfr_file,settings=profile -XX:FlightRecorderOptions=stackdepth=1024" \
    "$cli" --threads "$threads" --format json --output /dev/null $no_cache_args "$corpus" >/dev/null 2>"$results/out/jfr.stderr" || true
  python3 "$bench/jfr_summary.py" "$jfr_file" > "$profile_md" || log "JFR summary failed (see $profile_md)"
fi

# ---------------------------------------------------------------- report
python3 "$bench/report.py" "$results" "$report"
log "report written to $report"
