#!/usr/bin/env bash
# GitLab Code Quality output that GitLab ingests: lint every fixture project with --format gitlab and
# validate the report with Ajv (pinned in .ci/gitlab/package-lock.json) against the Code Quality schema
# in .ci/gitlab (see its README for where it comes from), then check what JSON Schema cannot say: every
# fingerprint is unique, every severity level of the linter appears, and the reporter's golden file passes.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

stamp=.ci/gitlab/node_modules/.installed-from-lock
if [ ! -d .ci/gitlab/node_modules/ajv ] || ! cmp -s .ci/gitlab/package-lock.json "$stamp"; then
  (cd .ci/gitlab && npm ci --no-audit --no-fund --loglevel=error)
  cp .ci/gitlab/package-lock.json "$stamp"
fi

if [ ! -f lint-cli/target/serverless-lint.jar ]; then
  mvn -B -q -ntp -DskipTests -pl lint-cli -am package
fi

report="$work/fixtures.gitlab.json"
set +e
bin/serverless-lint --format gitlab --severity-threshold note --output "$report" test-fixtures/projects 2>"$work/lint.err"
status=$?
set -e
if [ "$status" -ne 1 ]; then
  cat "$work/lint.err" >&2
  echo "gitlab-codequality: expected exit code 1 (findings) from the fixture projects, got $status" >&2
  exit 1
fi

validate() {
  NODE_PATH=.ci/gitlab/node_modules node - .ci/gitlab/codequality-report.schema.json "$1" <<'JS'
const fs = require('fs');
const Ajv = require('ajv');
const schema = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const report = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
if (!validate(report)) {
  for (const e of validate.errors.slice(0, 20)) console.error(`${e.instancePath} ${e.message}`);
  console.error(`gitlab-codequality: ${process.argv[3]}: ${validate.errors.length} schema error(s)`);
  process.exit(1);
}
const seen = new Map();
for (const issue of report) {
  if (seen.has(issue.fingerprint)) {
    console.error(`gitlab-codequality: duplicate fingerprint ${issue.fingerprint}: ${issue.location.path}:${issue.location.lines.begin} and ${seen.get(issue.fingerprint)}`);
    process.exit(1);
  }
  seen.set(issue.fingerprint, `${issue.location.path}:${issue.location.lines.begin}`);
}
const severities = [...new Set(report.map(i => i.severity))].sort();
console.log(`gitlab-codequality: ${process.argv[3]}: OK (${report.length} issues, unique fingerprints, severities ${severities.join(', ')})`);
JS
}
validate "$report"
node -e 'const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  for (const s of ["critical", "major", "info"]) if (!r.some(i => i.severity === s)) { console.error(`gitlab-codequality: no ${s} issue`); process.exit(1); }' "$report"
validate lint-core/src/test/resources/dev/serverlesslint/core/report/golden/sample.gitlab.json
