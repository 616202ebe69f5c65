#!/usr/bin/env bash
# Shell logic of the serverless-lint GitHub Action (action.yml), one subcommand per step, so that it can
# be run and tested outside GitHub (.ci/checks/30-github-action.sh simulates the runner's files).
#
#   run.sh cache-key  outputs jar (the files to cache) and key (the tool's version and a hash of its sources)
#   run.sh build      build the CLI jar in the action's checkout unless it is there (restored from the cache)
#   run.sh lint       lint, writing SARIF and JSON; outputs sarif-file, json-file, exit-code, findings (the
#                     JSON summary's count); fails only on exit code 2
#   run.sh annotate   when the SARIF upload did not happen or failed: annotations + job summary (--format github);
#                     after a successful upload: one line in the job summary
#   run.sh finish     fail the step when findings reached the threshold and fail-on is "findings" (the default)
#   run.sh args       print the linter's arguments, one per line in <>, as lint would pass them (for tests)
#
# Environment: GITHUB_ACTION_PATH (this repository), GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, RUNNER_TEMP, RUNNER_OS,
# INPUT_PATHS, INPUT_PATH, INPUT_EXCLUDE, INPUT_CONFIG, INPUT_BASELINE, INPUT_WORKING_DIRECTORY, INPUT_ARGS,
# INPUT_SEVERITY_THRESHOLD, INPUT_CATEGORY, INPUT_FAIL_ON, INPUT_FAIL_ON_FINDINGS, UPLOAD_OUTCOME, LINT_EXIT_CODE.
#
# The inputs are never evaluated by a shell: list inputs (paths, exclude) hold one item per line, and args is
# split into words the way a shell would split literal text (quotes and backslashes honoured, no variables,
# no globbing, no command substitution).
set -euo pipefail

action_path=${GITHUB_ACTION_PATH:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
launcher="$action_path/bin/serverless-lint"
jar="$action_path/lint-cli/target/serverless-lint.jar"

output() { # name value: a step output, for later steps and the action's outputs
  if [ -z "${GITHUB_OUTPUT:-}" ]; then
    return
  fi
  if [[ "$2" == *$'\n'* ]]; then # several lines: GitHub's name<<DELIMITER form
    local delimiter="serverless_lint_${RANDOM}${RANDOM}"
    printf '%s<<%s\n%s\n%s\n' "$1" "$delimiter" "$2" "$delimiter" >> "$GITHUB_OUTPUT"
  else
    printf '%s=%s\n' "$1" "$2" >> "$GITHUB_OUTPUT"
  fi
}

summary() { # markdown text appended to the job summary
  if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
    printf '%s\n' "$1" >> "$GITHUB_STEP_SUMMARY"
  fi
}

fail() {
  echo "::error title=serverless-lint::$1"
  exit 2
}

# LINES: the items of a list input, one per line; surrounding blanks and CR trimmed, blank lines skipped.
split_lines() {
  LINES=()
  local line
  while IFS= read -r line || [ -n "$line" ]; do
    line=${line%$'\r'}
    line="${line#"${line%%[![:space:]]*}"}"
    line="${line%"${line##*[![:space:]]}"}"
    if [ -n "$line" ]; then
      LINES+=("$line")
    fi
  done <<< "${1:-}"
}

# WORDS: the words of an input, split as a shell splits literal text: xargs honours single and double quotes
# and backslashes and expands nothing. An unmatched quote fails the step.
split_words() {
  WORDS=()
  local text=${1:-} name=$2
  if [ -z "${text//[[:space:]]/}" ]; then
    return 0
  fi
  local parsed
  parsed=$(mktemp)
  if ! printf '%s' "$text" | xargs printf '%s\0' > "$parsed" 2> /dev/null; then
    rm -f "$parsed"
    fail "$name: cannot split into words (unmatched quote?): $text"
  fi
  mapfile -d '' WORDS < "$parsed"
  rm -f "$parsed"
}

working_directory() {
  local dir=${INPUT_WORKING_DIRECTORY:-.}
  dir=${dir%/}
  printf '%s' "${dir:-.}"
}

# A path input relative to the working directory, as a path relative to where the linter runs.
in_working_directory() {
  local dir
  dir=$(working_directory)
  case "$1" in
    /*) printf '%s' "$1" ;;
    *) if [ "$dir" = "." ]; then printf '%s' "$1"; else printf '%s/%s' "$dir" "$1"; fi ;;
  esac
}

# LINT_ARGS: the linter's arguments: args, the typed inputs, then -- and the paths. With a working directory
# other than the workspace, it is the project root (--root: its .serverless-lint.yml applies) and the paths
# are below it; reported paths stay relative to the workspace, as code scanning and annotations need.
lint_args() {
  LINT_ARGS=()
  split_words "${INPUT_ARGS:-}" args
  LINT_ARGS+=("${WORDS[@]}")
  LINT_ARGS+=(--severity-threshold "${INPUT_SEVERITY_THRESHOLD:-warning}")
  split_lines "${INPUT_EXCLUDE:-}"
  local glob
  for glob in "${LINES[@]}"; do
    LINT_ARGS+=(--exclude "$glob")
  done
  if [ -n "${INPUT_CONFIG:-}" ]; then
    LINT_ARGS+=(--config "$(in_working_directory "$INPUT_CONFIG")")
  fi
  if [ -n "${INPUT_BASELINE:-}" ]; then
    LINT_ARGS+=(--baseline "$(in_working_directory "$INPUT_BASELINE")")
  fi
  if [ -n "${INPUT_CATEGORY:-}" ]; then
    LINT_ARGS+=(--sarif-category "$INPUT_CATEGORY")
  fi
  local -a paths
  if [ -n "${INPUT_PATH:-}" ]; then # the former space-separated input: words, as args
    split_words "$INPUT_PATH" path
    paths=("${WORDS[@]}")
  else
    split_lines "${INPUT_PATHS:-.}"
    paths=("${LINES[@]}")
  fi
  local dir
  dir=$(working_directory)
  if [ "$dir" != "." ]; then
    [ -d "$dir" ] || fail "working-directory '$dir' is not a directory"
    LINT_ARGS+=(--root "$dir")
  fi
  LINT_ARGS+=(--) # end of options: a path such as --output=x is a path
  local path
  for path in "${paths[@]}"; do
    if [ "$dir" != "." ] && [ "$path" = "." ]; then
      continue # the whole root
    fi
    LINT_ARGS+=("$(in_working_directory "$path")")
  done
}

# summary.findings of the JSON report (jq, else python3: both are on GitHub's hosted runners).
json_findings() {
  if command -v jq > /dev/null 2>&1; then
    jq -r '.summary.findings' "$1"
  elif command -v python3 > /dev/null 2>&1; then
    python3 -c 'import json,sys; print(json.load(open(sys.argv[1], encoding="utf-8"))["summary"]["findings"])' "$1"
  else
    echo "serverless-lint: neither jq nor python3 is installed: the findings output is not set" >&2
    echo ""
  fi
}

# What goes into the jar: the poms and the main sources of the modules it contains.
source_hash() {
  local hasher=sha256sum
  command -v sha256sum > /dev/null 2>&1 || hasher="shasum -a 256"
  (cd "$action_path" && find pom.xml lint-core/pom.xml rules/pom.xml lint-cli/pom.xml \
      lint-core/src/main rules/src/main lint-cli/src/main -type f -print0 \
    | LC_ALL=C sort -z | xargs -0 $hasher | $hasher | cut -c1-16)
}

cmd_cache_key() {
  local version
  version=$(sed -n 's|^  <version>\(.*\)</version>|\1|p' "$action_path/pom.xml" | head -n 1)
  output jar "$jar"$'\n'"${jar%.jar}.jsa"
  output key "serverless-lint-jar-${RUNNER_OS:-$(uname -s)}-${version:-unknown}-$(source_hash)"
}

cmd_build() {
  if [ -f "$jar" ]; then
    echo "serverless-lint: using $jar"
    return
  fi
  echo "serverless-lint: building the CLI (first run of this action version; later runs restore it from the cache)"
  (cd "$action_path" && mvn -B -q -ntp -DskipTests -pl lint-cli -am package)
}

cmd_lint() {
  local temp="${RUNNER_TEMP:-${TMPDIR:-/tmp}}"
  local sarif="$temp/serverless-lint.sarif" json="$temp/serverless-lint.json"
  lint_args
  local status=0
  "$launcher" --format sarif --output "$sarif" "${LINT_ARGS[@]}" || status=$?
  output sarif-file "$sarif"
  output exit-code "$status"
  if [ "$status" -ge 2 ]; then
    echo "::error title=serverless-lint::the linter failed (exit code $status); see the log above"
    exit "$status"
  fi
  # The same run as JSON for the summary (an unchanged project is read back from the linter's cache).
  "$launcher" --format json --output "$json" "${LINT_ARGS[@]}" > /dev/null 2>&1 || [ $? -eq 1 ]
  local findings
  findings=$(json_findings "$json")
  output json-file "$json"
  output findings "$findings"
  echo "serverless-lint: ${findings:-?} finding(s), exit code $status"
}

cmd_annotate() {
  if [ "${UPLOAD_OUTCOME:-skipped}" = "success" ]; then
    summary "serverless-lint: results uploaded to code scanning (see the Security tab and the pull request's checks)."
    return
  fi
  if [ "${UPLOAD_OUTCOME:-skipped}" = "failure" ]; then
    echo "serverless-lint: the SARIF upload failed (no code scanning on this repository, or no security-events: write permission, e.g. on a fork's pull request); reporting as annotations instead"
  fi
  lint_args
  # The exit code was recorded by the lint step; this run only reports.
  "$launcher" --format github "${LINT_ARGS[@]}" || [ $? -eq 1 ]
}

# FAIL_ON: findings (default) fails on findings at or above the threshold; linter-error only on exit code 2.
# The former fail-on-findings: "false" means fail-on: linter-error.
fail_on() {
  FAIL_ON=${INPUT_FAIL_ON:-}
  if [ -z "$FAIL_ON" ]; then
    if [ "${INPUT_FAIL_ON_FINDINGS:-true}" = "false" ]; then FAIL_ON=linter-error; else FAIL_ON=findings; fi
  fi
  case "$FAIL_ON" in
    findings|linter-error) ;;
    *) fail "fail-on must be 'findings' or 'linter-error', not '$FAIL_ON'" ;;
  esac
}

cmd_finish() {
  local status=${LINT_EXIT_CODE:-0}
  fail_on
  local mode=$FAIL_ON
  if [ "$status" = "1" ] && [ "$mode" = "findings" ]; then
    echo "::error title=serverless-lint::findings at or above the '${INPUT_SEVERITY_THRESHOLD:-warning}' threshold"
    exit 1
  fi
  if [ "$status" != "0" ] && [ "$status" != "1" ]; then
    exit "$status"
  fi
}

case "${1:-}" in
  args) lint_args; printf '<%s>\n' "${LINT_ARGS[@]}" ;; # what lint passes on, one argument a line (for tests)
  cache-key) cmd_cache_key ;;
  build) cmd_build ;;
  lint) cmd_lint ;;
  annotate) cmd_annotate ;;
  finish) cmd_finish ;;
  *) echo "usage: $0 cache-key|build|lint|annotate|finish|args" >&2; exit 2 ;;
esac
