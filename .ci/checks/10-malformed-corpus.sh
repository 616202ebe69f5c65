#!/usr/bin/env bash
# Issue 9: a generated corpus of broken, hostile and unusual input is linted with zero crashes, zero
# internal errors, and exactly the expected SL000 findings; everything else is still linted.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -f lint-cli/target/serverless-lint.jar ] || mvn -B -q -ntp -DskipTests package -pl lint-cli -am
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 .ci/malformed/generate.py "$work"
set +e
(cd "$work/project" && timeout 600 "$OLDPWD/bin/serverless-lint" --format json --threads 2 --output "$work/report.json" .)
code=$?
set -e
python3 .ci/malformed/check.py "$work/report.json" "$work/expected-sl000.txt" "$code"
