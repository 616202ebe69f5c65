#!/usr/bin/env bash
# Shell logic of the serverless-lint GitHub Action (action.yml), one subcommand per step, so that it can
# be run and tested outside GitHub (.ci/checks/30-github-action.sh simulates the runner's files).
#
#   run.sh build     build the CLI jar in the action's checkout unless it is there already
#   run.sh lint      lint, writing SARIF; outputs sarif-file, exit-code, findings (fails only on exit code 2)
#   run.sh annotate  when the SARIF upload did not happen or failed: annotations + job summary (--format github);
#                    after a successful upload: one line in the job summary
#   run.sh finish    fail the step when findings reached the threshold and fail-on-findings is true
#
# Environment: GITHUB_ACTION_PATH (this repository), GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, RUNNER_TEMP,
# INPUT_PATH, INPUT_ARGS, INPUT_SEVERITY_THRESHOLD, INPUT_FAIL_ON_FINDINGS, UPLOAD_OUTCOME, LINT_EXIT_CODE.
set -euo pipefail

action_path=${GITHUB_ACTION_PATH:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
launcher="$action_path/bin/serverless-lint"
jar="$action_path/lint-cli/target/serverless-lint.jar"

output() { # name value: a step output, for later steps and the action's outputs
  if [ -n "${GITHUB_OUTPUT:-}" ]; then
    printf '%s=%s\n' "$1" "$2" >> "$GITHUB_OUTPUT"
  fi
}

summary() { # markdown text appended to the job summary
  if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
    printf '%s\n' "$1" >> "$GITHUB_STEP_SUMMARY"
  fi
}

# The linter's arguments: the paths to lint (word-split, as typed in the workflow), the threshold and
# any extra arguments.
lint_args() {
  set -f # no globbing of the inputs: they are passed on as typed
  local -a args=()
  # shellcheck disable=SC2206
  args+=(${INPUT_ARGS:-})
  args+=(--severity-threshold "${INPUT_SEVERITY_THRESHOLD:-warning}")
  args+=(--) # end of options: a path such as --output=x is a path
  # shellcheck disable=SC2206
  args+=(${INPUT_PATH:-.})
  printf '%s\0' "${args[@]}"
}

cmd_build() {
  if [ -f "$jar" ]; then
    echo "serverless-lint: using $jar"
    return
  fi
  echo "serverless-lint: building the CLI (first run of this action version)"
  (cd "$action_path" && mvn -B -q -ntp -DskipTests -pl lint-cli -am package)
}

cmd_lint() {
  local sarif="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/serverless-lint.sarif"
  local -a args
  mapfile -d '' args < <(lint_args)
  local status=0
  local err
  err=$(mktemp)
  "$launcher" --format sarif --output "$sarif" "${args[@]}" 2> "$err" || status=$?
  cat "$err" >&2
  local findings
  findings=$(sed -n 's/^\([0-9][0-9]*\) finding(s) written to .*/\1/p' "$err" | tail -n 1)
  rm -f "$err"
  output sarif-file "$sarif"
  output exit-code "$status"
  output findings "${findings:-0}"
  if [ "$status" -ge 2 ]; then
    echo "::error title=serverless-lint::the linter failed (exit code $status); see the log above"
    exit "$status"
  fi
  echo "serverless-lint: ${findings:-0} finding(s), exit code $status"
}

cmd_annotate() {
  if [ "${UPLOAD_OUTCOME:-skipped}" = "success" ]; then
    summary "serverless-lint: results uploaded to code scanning (see the Security tab and the pull request's checks)."
    return
  fi
  if [ "${UPLOAD_OUTCOME:-skipped}" = "failure" ]; then
    echo "serverless-lint: the SARIF upload failed (no code scanning on this repository, or no security-events: write permission, e.g. on a fork's pull request); reporting as annotations instead"
  fi
  local -a args
  mapfile -d '' args < <(lint_args)
  # The exit code was recorded by the lint step; this run only reports.
  "$launcher" --format github "${args[@]}" || [ $? -eq 1 ]
}

cmd_finish() {
  local status=${LINT_EXIT_CODE:-0}
  if [ "$status" = "1" ] && [ "${INPUT_FAIL_ON_FINDINGS:-true}" = "true" ]; then
    echo "::error title=serverless-lint::findings at or above the '${INPUT_SEVERITY_THRESHOLD:-warning}' threshold"
    exit 1
  fi
  if [ "$status" != "0" ] && [ "$status" != "1" ]; then
    exit "$status"
  fi
}

case "${1:-}" in
  build) cmd_build ;;
  lint) cmd_lint ;;
  annotate) cmd_annotate ;;
  finish) cmd_finish ;;
  *) echo "usage: $0 build|lint|annotate|finish" >&2; exit 2 ;;
esac
