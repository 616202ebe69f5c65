#!/usr/bin/env bash
# The GitHub Action's shell logic (.github/action/run.sh) run locally the way action.yml runs it, with
# the runner's files simulated: GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, RUNNER_TEMP, GITHUB_ACTION_PATH.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "github-action: $*" >&2; exit 1; }
expect_contains() { grep -qF -- "$2" "$1" || { cat "$1" >&2; fail "$1 lacks: $2"; }; }
expect_lacks() { ! grep -qF -- "$2" "$1" || { cat "$1" >&2; fail "$1 should not contain: $2"; }; }

# 1. action.yml: every step runs a run.sh subcommand that exists, every inputs.X used is declared.
for sub in $(grep -o 'action/run.sh" [a-z-]*' action.yml | awk '{print $2}'); do
  grep -q "^  $sub) " .github/action/run.sh || fail "action.yml runs unknown subcommand '$sub'"
done
for input in $(grep -o 'inputs\.[a-z-]*' action.yml | sort -u | cut -d. -f2); do
  grep -q "^  $input:" action.yml || fail "action.yml uses undeclared input '$input'"
done
if python3 -c 'import yaml' 2>/dev/null; then
  python3 - <<'PY'
import yaml
action = yaml.safe_load(open("action.yml"))
assert action["runs"]["using"] == "composite", "not a composite action"
steps = action["runs"]["steps"]
upload = [s for s in steps if s.get("uses", "").startswith("github/codeql-action/upload-sarif@")]
assert len(upload) == 1 and upload[0].get("continue-on-error") is True, "upload-sarif must be there and may fail"
assert upload[0]["uses"] == "github/codeql-action/upload-sarif@v4", "upload-sarif@v4 (v3 is being retired)"
cache = [s for s in steps if s.get("uses", "").startswith("actions/cache@")]
assert len(cache) == 1 and "steps.jar.outputs.key" in cache[0]["with"]["key"], "the built jar is cached by its key"
names = [s.get("name") for s in steps]
assert names.index(cache[0]["name"]) < names.index("Build serverless-lint"), "the cache is restored before the build"
for name in ["paths", "exclude", "config", "baseline", "severity-threshold", "working-directory", "fail-on", "args"]:
    assert name in action["inputs"], f"input {name}"
for step in steps:
    assert "uses" in step or step.get("shell") == "bash", f"run step without shell: {step.get('name')}"
print("github-action: action.yml structure OK")
PY
fi

# 2. The jar (built by mvn verify in .ci/run; built here when the check runs alone), and its cache key: the
#    tool's version and a hash of what goes into the jar, the same on every call.
GITHUB_ACTION_PATH=$repo .github/action/run.sh build
keys="$work/cache-key"
GITHUB_ACTION_PATH=$repo GITHUB_OUTPUT="$keys" RUNNER_OS=Linux .github/action/run.sh cache-key
GITHUB_ACTION_PATH=$repo GITHUB_OUTPUT="$keys" RUNNER_OS=Linux .github/action/run.sh cache-key
version=$(sed -n 's|^  <version>\(.*\)</version>|\1|p' pom.xml | head -n 1)
[ "$(grep -c "^key=serverless-lint-jar-Linux-$version-[0-9a-f]\{16\}$" "$keys")" = 2 ] || fail "cache key: $(cat "$keys")"
[ "$(grep '^key=' "$keys" | sort -u | wc -l)" = 1 ] || fail "the cache key changes between calls: $(cat "$keys")"
expect_contains "$keys" "$repo/lint-cli/target/serverless-lint.jar"
expect_contains "$keys" "$repo/lint-cli/target/serverless-lint.jsa"

# A simulated runner: fresh output files per scenario, a workspace copied from a fixture project.
scenario() { # name fixture
  dir="$work/$1"
  mkdir -p "$dir/temp"
  cp -r "test-fixtures/projects/$2" "$dir/workspace"
  export GITHUB_ACTION_PATH=$repo GITHUB_OUTPUT="$dir/output" GITHUB_STEP_SUMMARY="$dir/summary.md" RUNNER_TEMP="$dir/temp"
  : > "$GITHUB_OUTPUT"
  : > "$GITHUB_STEP_SUMMARY"
  export INPUT_PATHS=. INPUT_ARGS="--rule SL103,SL201" INPUT_SEVERITY_THRESHOLD=warning INPUT_FAIL_ON_FINDINGS=true
  unset UPLOAD_OUTCOME LINT_EXIT_CODE INPUT_PATH INPUT_EXCLUDE INPUT_CONFIG INPUT_BASELINE INPUT_WORKING_DIRECTORY \
    INPUT_CATEGORY INPUT_FAIL_ON
}
output_of() { sed -n "s/^$1=//p" "$GITHUB_OUTPUT" | tail -n 1; }

# 3. Findings, upload failed: annotations + summary, the step fails.
scenario upload-failed sample-order-service
(cd "$dir/workspace" && "$repo/.github/action/run.sh" lint) > "$dir/lint.log" 2>&1 || fail "lint step failed: $(cat "$dir/lint.log")"
[ "$(output_of exit-code)" = 1 ] || fail "exit-code output: $(cat "$GITHUB_OUTPUT")"
[ "$(output_of findings)" = 2 ] || fail "findings output: $(cat "$GITHUB_OUTPUT")"
[ "$(output_of json-file)" = "$RUNNER_TEMP/serverless-lint.json" ] || fail "json-file output: $(cat "$GITHUB_OUTPUT")"
expect_contains "$RUNNER_TEMP/serverless-lint.json" '"findings" : 2,'
sarif=$(output_of sarif-file)
[ "$sarif" = "$RUNNER_TEMP/serverless-lint.sarif" ] || fail "sarif-file output: $sarif"
node -e 'const l=JSON.parse(require("fs").readFileSync(process.argv[1]));if(l.runs[0].results.length!==2)process.exit(1)' "$sarif" \
  || fail "SARIF report does not hold the 2 findings"
expect_contains "$sarif" '"uri" : "serverless.yml"'
export UPLOAD_OUTCOME=failure
(cd "$dir/workspace" && "$repo/.github/action/run.sh" annotate) > "$dir/annotate.log" 2>&1 || fail "annotate failed: $(cat "$dir/annotate.log")"
expect_contains "$dir/annotate.log" "the SARIF upload failed"
expect_contains "$dir/annotate.log" "::warning file=serverless.yml,line=17,col=3,title=SL201 missing-timeout::"
expect_contains "$dir/annotate.log" "::warning file=src/main/java/com/example/orders/GetOrderHandler.java,line=17,col=33,title=SL103 handler-scoped-client::"
expect_contains "$GITHUB_STEP_SUMMARY" "## serverless-lint"
expect_contains "$GITHUB_STEP_SUMMARY" "| serverless.yml:17:3 | SL201 | warning |"
export LINT_EXIT_CODE=1
if "$repo/.github/action/run.sh" finish > "$dir/finish.log" 2>&1; then fail "finish passed with findings"; fi
expect_contains "$dir/finish.log" "::error title=serverless-lint::findings at or above the 'warning' threshold"
INPUT_FAIL_ON_FINDINGS=false "$repo/.github/action/run.sh" finish > /dev/null || fail "finish failed with fail-on-findings=false"
INPUT_FAIL_ON=linter-error "$repo/.github/action/run.sh" finish > /dev/null || fail "finish failed with fail-on=linter-error"
if INPUT_FAIL_ON=findings INPUT_FAIL_ON_FINDINGS=false "$repo/.github/action/run.sh" finish > /dev/null; then
  fail "fail-on=findings did not win over the deprecated fail-on-findings"
fi
if INPUT_FAIL_ON=sometimes "$repo/.github/action/run.sh" finish > "$dir/finish.log"; then fail "fail-on=sometimes accepted"; fi
expect_contains "$dir/finish.log" "fail-on must be 'findings' or 'linter-error', not 'sometimes'"
if LINT_EXIT_CODE=2 INPUT_FAIL_ON=linter-error "$repo/.github/action/run.sh" finish > /dev/null; then
  fail "fail-on=linter-error passed a linter failure"
fi

# 4. Upload succeeded: no duplicate annotations, a pointer in the summary.
scenario uploaded sample-order-service
(cd "$dir/workspace" && "$repo/.github/action/run.sh" lint) > "$dir/lint.log" 2>&1 || fail "lint step failed"
export UPLOAD_OUTCOME=success
(cd "$dir/workspace" && "$repo/.github/action/run.sh" annotate) > "$dir/annotate.log" 2>&1 || fail "annotate failed"
expect_lacks "$dir/annotate.log" "::warning"
expect_contains "$GITHUB_STEP_SUMMARY" "results uploaded to code scanning"

# 5. Upload disabled (step skipped): annotations.
scenario no-upload sample-order-service
export UPLOAD_OUTCOME=
(cd "$dir/workspace" && "$repo/.github/action/run.sh" annotate) > "$dir/annotate.log" 2>&1 || fail "annotate failed"
expect_contains "$dir/annotate.log" "::warning file=serverless.yml"
expect_lacks "$dir/annotate.log" "the SARIF upload failed"

# 6. A clean project passes; the threshold input is honoured.
scenario clean clean-service
(cd "$dir/workspace" && "$repo/.github/action/run.sh" lint) > "$dir/lint.log" 2>&1 || fail "lint step failed on a clean project"
[ "$(output_of exit-code)" = 0 ] || fail "clean exit-code: $(cat "$GITHUB_OUTPUT")"
LINT_EXIT_CODE=0 "$repo/.github/action/run.sh" finish || fail "finish failed on a clean project"
scenario threshold sample-order-service
export INPUT_SEVERITY_THRESHOLD=error
(cd "$dir/workspace" && "$repo/.github/action/run.sh" lint) > "$dir/lint.log" 2>&1 || fail "lint step failed"
[ "$(output_of exit-code)" = 0 ] || fail "warnings under an error threshold gave: $(cat "$GITHUB_OUTPUT")"

# 7. A usage error fails the lint step with exit code 2 and an error annotation.
scenario bad-args sample-order-service
export INPUT_ARGS="--no-such-option"
if (cd "$dir/workspace" && "$repo/.github/action/run.sh" lint) > "$dir/lint.log" 2>&1; then fail "lint passed with a bad option"; fi
[ "$(output_of exit-code)" = 2 ] || fail "bad option exit-code: $(cat "$GITHUB_OUTPUT")"
expect_contains "$dir/lint.log" "::error title=serverless-lint::the linter failed (exit code 2)"

# 8. Arguments are not globbed.
scenario no-glob sample-order-service
touch "$dir/workspace/SL103"
export INPUT_ARGS="--rule SL1*"
if (cd "$dir/workspace" && "$repo/.github/action/run.sh" lint) > "$dir/lint.log" 2>&1; then fail "a glob in args was expanded"; fi
expect_contains "$dir/lint.log" "SL1*"

# 9. The documented example: quoted globs in args are globs, not quotes (they used to be passed on literally,
#    so the exclude silently matched nothing); typed inputs; paths with spaces and quotes, one per line.
scenario quoting sample-order-service
odd="$dir/workspace/it's a \"service\""
mkdir -p "$dir/workspace/legacy code" "$odd"
cp "$dir/workspace/serverless.yml" "$dir/workspace/legacy code/serverless.yml"
cp "$dir/workspace/serverless.yml" "$odd/serverless.yml"
export INPUT_ARGS="--rule SL103,SL201 --exclude 'legacy code/**' --disable \"SL103\""
(cd "$dir/workspace" && "$repo/.github/action/run.sh" args) > "$dir/args.txt"
printf '%s\n' '<--rule>' '<SL103,SL201>' '<--exclude>' '<legacy code/**>' '<--disable>' '<SL103>' \
  '<--severity-threshold>' '<warning>' '<-->' '<.>' > "$dir/expected-args.txt"
diff "$dir/expected-args.txt" "$dir/args.txt" || fail "args were not split as a shell splits them"
(cd "$dir/workspace" && "$repo/.github/action/run.sh" lint) > "$dir/lint.log" 2>&1 || fail "lint step failed: $(cat "$dir/lint.log")"
[ "$(output_of findings)" = 2 ] || fail "quoted exclude not applied: $(cat "$dir/lint.log")"
expect_lacks "$(output_of sarif-file)" 'legacy%20code'
export INPUT_ARGS="--rule SL201" INPUT_EXCLUDE=$'legacy code/**\r\n  \n' INPUT_PATHS=$'legacy code\n  it\'s a "service"  \n'
(cd "$dir/workspace" && "$repo/.github/action/run.sh" lint) > "$dir/lint.log" 2>&1 || fail "lint step failed: $(cat "$dir/lint.log")"
[ "$(output_of findings)" = 1 ] || fail "typed exclude and spaced paths: $(cat "$dir/lint.log")"
expect_contains "$(output_of sarif-file)" "\"uri\" : \"it's%20a%20%22service%22/serverless.yml\""
export INPUT_ARGS="--exclude 'legacy"
if (cd "$dir/workspace" && "$repo/.github/action/run.sh" lint) > "$dir/lint.log" 2>&1; then fail "an unmatched quote passed"; fi
expect_contains "$dir/lint.log" "::error title=serverless-lint::args: cannot split into words (unmatched quote?): --exclude 'legacy"
INPUT_ARGS="" INPUT_PATHS="" INPUT_PATH="serverless.yml 'legacy code'" "$repo/.github/action/run.sh" args > "$dir/args.txt"
expect_contains "$dir/args.txt" "<legacy code>"

# 10. A project in a subdirectory with a space: working-directory is its root (its .serverless-lint.yml
#     applies, config and baseline are relative to it), reported paths stay relative to the workspace.
scenario working-directory sample-order-service
mkdir -p "$dir/repo/services"
mv "$dir/workspace" "$dir/repo/services/order service"
mkdir -p "$dir/workspace/.git" && mv "$dir/repo/services" "$dir/workspace/" && rmdir "$dir/repo"
printf 'rules:\n  SL103: off\n  SL107: off\n' > "$dir/workspace/services/order service/lint config.yml"
export INPUT_ARGS="" INPUT_WORKING_DIRECTORY="services/order service" INPUT_CONFIG="lint config.yml"
(cd "$dir/workspace" && "$repo/.github/action/run.sh" lint) > "$dir/lint.log" 2>&1 || fail "lint step failed: $(cat "$dir/lint.log")"
[ "$(output_of findings)" = 1 ] || fail "working-directory: $(cat "$dir/lint.log")"
expect_contains "$(output_of sarif-file)" '"uri" : "services/order%20service/serverless.yml"'
expect_contains "$(output_of sarif-file)" '"id" : "serverless-lint/services/order service/"'
export UPLOAD_OUTCOME=failure
(cd "$dir/workspace" && "$repo/.github/action/run.sh" annotate) > "$dir/annotate.log" 2>&1 || fail "annotate failed"
expect_contains "$dir/annotate.log" "::warning file=services/order service/serverless.yml,line=17,col=3,title=SL201 missing-timeout::"
INPUT_CATEGORY="orders" INPUT_WORKING_DIRECTORY=nowhere "$repo/.github/action/run.sh" args > "$dir/args.txt" \
  && fail "a missing working-directory passed"
expect_contains "$dir/args.txt" "working-directory 'nowhere' is not a directory"

echo "github-action: OK"
