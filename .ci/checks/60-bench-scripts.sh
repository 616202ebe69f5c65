#!/usr/bin/env bash
# The benchmark scripts (bench/) stay runnable: shell and Python syntax, the template generator is
# deterministic and its output parses as YAML the CLI accepts. Downloads nothing and times nothing.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash -n bench/run.sh
python3 -c "import ast, sys; [ast.parse(open(f).read(), f) for f in sys.argv[1:]]" bench/generate_templates.py bench/generate_lambda_service.py bench/report.py bench/jfr_summary.py
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 bench/generate_templates.py "$tmp/a" --sam-files 2 --serverless-files 2 --functions-per-file 8
python3 bench/generate_templates.py "$tmp/b" --sam-files 2 --serverless-files 2 --functions-per-file 8
diff -r "$tmp/a" "$tmp/b" >/dev/null || { echo "bench/generate_templates.py is not deterministic" >&2; exit 1; }
python3 bench/generate_lambda_service.py "$tmp/svc-a" --functions 6
python3 bench/generate_lambda_service.py "$tmp/svc-b" --functions 6
diff -r "$tmp/svc-a" "$tmp/svc-b" >/dev/null || { echo "bench/generate_lambda_service.py is not deterministic" >&2; exit 1; }
python3 bench/generate_lambda_service.py "$tmp/svc-c" --functions 6 --services 2
python3 bench/generate_lambda_service.py "$tmp/svc-d" --functions 6 --services 2
diff -r "$tmp/svc-c" "$tmp/svc-d" >/dev/null || { echo "bench/generate_lambda_service.py --services is not deterministic" >&2; exit 1; }
if [ -f lint-cli/target/serverless-lint.jar ]; then
  code=0
  bin/serverless-lint --rule SL000,SL003 "$tmp/a" >/dev/null || code=$?
  [ "$code" = 0 ] || { echo "generated templates do not parse cleanly (exit $code)" >&2; exit 1; }
  code=0
  bin/serverless-lint --rule SL000,SL003 "$tmp/svc-a" >/dev/null || code=$?
  [ "$code" = 0 ] || { echo "the generated Lambda service does not parse cleanly (exit $code)" >&2; exit 1; }
  code=0
  bin/serverless-lint --rule SL000,SL003 "$tmp/svc-c" >/dev/null || code=$?
  [ "$code" = 0 ] || { echo "the generated service layer does not parse cleanly (exit $code)" >&2; exit 1; }
fi
echo "bench scripts OK"
