#!/usr/bin/env bash
# SARIF that GitHub code scanning ingests cleanly: lint every fixture project (findings from every rule
# family), then run the Microsoft SARIF Multitool (pinned in .ci/sarif/package-lock.json) with GitHub's
# and SARIF's rule sets, and require zero errors and zero warnings (notes are advice and allowed).
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# 1. The multitool, exactly as locked, in .ci/sarif/node_modules.
stamp=.ci/sarif/node_modules/.installed-from-lock
if [ ! -e .ci/sarif/node_modules/.bin/sarif-multitool ] || ! cmp -s .ci/sarif/package-lock.json "$stamp"; then
  (cd .ci/sarif && npm ci --no-audit --no-fund --loglevel=error)
  cp .ci/sarif/package-lock.json "$stamp"
fi
multitool=$(cd .ci/sarif && node -p "require('@microsoft/sarif-multitool')")
chmod u+x "$multitool"  # the package's postinstall does this; npm may skip install scripts
# A self-contained .NET program: without ICU installed it must run in invariant-globalization mode.
export DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1

# 2. The CLI jar.
if [ ! -f lint-cli/target/serverless-lint.jar ]; then
  mvn -B -q -ntp -DskipTests -pl lint-cli -am package
fi

# 3. A report with findings: exit code 1 is expected, 2 is a failure.
report="$work/fixtures.sarif"
set +e
bin/serverless-lint --format sarif --output "$report" test-fixtures/projects 2>"$work/lint.err"
status=$?
set -e
if [ "$status" -ne 1 ]; then
  cat "$work/lint.err" >&2
  echo "sarif-validate: expected exit code 1 (findings) from the fixture projects, got $status" >&2
  exit 1
fi

# Every rule family (SL0xx, SL1xx, SL2xx, ...) that has rules must have findings in the report.
node - "$report" <<'JS'
const log = JSON.parse(require('fs').readFileSync(process.argv[2], 'utf8'));
const run = log.runs[0];
const family = id => id.slice(0, 3);
const families = new Set(run.tool.driver.rules.map(r => family(r.id)));
const found = new Set(run.results.map(r => family(r.ruleId)));
const missing = [...families].filter(f => !found.has(f));
if (missing.length) {
  console.error(`sarif-validate: no findings from rule families ${missing.map(f => f + 'xx').join(', ')}`);
  process.exit(1);
}
console.log(`sarif-validate: ${run.results.length} results from families ${[...found].sort().map(f => f + 'xx').join(', ')}`);
// What code scanning ranks and files alerts by: on every rule, and a category for the run.
const categories = ['security', 'reliability', 'performance', 'cost', 'maintainability'];
const unranked = run.tool.driver.rules.filter(r => {
  const p = r.properties || {};
  const tags = p.tags || [];
  const category = tags.filter(t => categories.includes(t));
  return !(tags.includes('serverless') && tags.includes('aws-lambda') && category.length === 1
    && ['very-high', 'high', 'medium'].includes(p.precision)
    && ['error', 'warning', 'recommendation'].includes(p['problem.severity'])
    && (category[0] === 'security') === /^\d+\.\d$/.test(p['security-severity'] || ''));
});
if (unranked.length) {
  console.error(`sarif-validate: rules without tags, precision, problem.severity or security-severity: ${unranked.map(r => r.id).join(', ')}`);
  process.exit(1);
}
if (!/^serverless-lint\/.*\/$/.test((run.automationDetails || {}).id || '')) {
  console.error(`sarif-validate: no automationDetails.id category: ${JSON.stringify(run.automationDetails)}`);
  process.exit(1);
}
console.log(`sarif-validate: every rule has tags, precision and problem.severity; category ${run.automationDetails.id}`);
// Cross-file findings link their other places: request-path hops, the configured timeout, the handler's class.
for (const id of ['SL103', 'SL217', 'SL218']) {
  const linked = run.results.filter(r => r.ruleId === id && (r.relatedLocations || []).length > 0
    && (r.relatedLocations || []).every(l => r.message.text.includes(`](${l.id})`)));
  if (!linked.length) {
    console.error(`sarif-validate: no ${id} result with related locations linked from its message`);
    process.exit(1);
  }
}
const hops = Math.max(...run.results.map(r => (r.relatedLocations || []).length));
console.log(`sarif-validate: related locations on SL103, SL217, SL218 (up to ${hops} on one result)`);
JS

# 4. Validate: GitHub ingestion rules + SARIF rules, on the fixture report and on the reporter's golden
#    file (which also has fixes, a function property and a failed-rule notification).
validate() {
  local input=$1 validation="$work/validation-$(basename "$1").sarif"
  "$multitool" validate --rule-kind "Gh;Sarif" --level "Error;Warning;Note" --output "$validation" "$input" \
    > "$work/validate.log" 2>&1 || { cat "$work/validate.log" >&2; echo "sarif-validate: multitool failed on $input" >&2; exit 1; }
  node - "$validation" "$work/validate.log" "$input" <<'JS'
const fs = require('fs');
const log = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const results = log.runs.flatMap(run => run.results || []);
const notifications = log.runs.flatMap(run => (run.invocations || [])
  .flatMap(i => [...(i.toolExecutionNotifications || []), ...(i.toolConfigurationNotifications || [])]))
  .filter(n => (n.level || 'warning') !== 'note');
const bad = results.filter(r => (r.level || 'warning') === 'error' || (r.level || 'warning') === 'warning');
const notes = results.length - bad.length;
if (bad.length || notifications.length) {
  for (const r of bad) console.error(`${r.level || 'warning'} ${r.ruleId}: ${r.message.text || JSON.stringify(r.message)}`);
  for (const n of notifications) console.error(`notification: ${n.message.text}`);
  console.error(fs.readFileSync(process.argv[3], 'utf8'));
  console.error(`sarif-validate: ${process.argv[4]}: ${bad.length} error(s)/warning(s), ${notifications.length} tool notification(s)`);
  process.exit(1);
}
console.log(`sarif-validate: ${process.argv[4]}: OK (0 errors, 0 warnings, ${notes} notes)`);
JS
}
validate "$report"
validate lint-core/src/test/resources/dev/serverlesslint/core/report/golden/sample.sarif
