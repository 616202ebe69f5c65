#!/usr/bin/env bash
# End-to-end test of .pre-commit-hooks.yaml: installs pre-commit (Debian package), uses this
# repository as a local hook repository from a throwaway git repository, and checks that a
# violating commit fails listing the finding and a clean commit passes, for both hook ids. The
# serverless-lint hook's clone builds the CLI on its first run, exactly as it does for users; the
# serverless-lint-system hook runs a serverless-lint installed on the PATH.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

if ! command -v pre-commit >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then sudo=(); else sudo=(sudo); fi
  echo "installing pre-commit (Debian package)"
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq pre-commit >/dev/null
fi
echo "pre-commit $(pre-commit --version)"

rev=$(git -C "$repo" rev-parse HEAD)
if ! git -C "$repo" cat-file -e "$rev:.pre-commit-hooks.yaml" 2>/dev/null; then
  echo "FAIL: commit $rev has no .pre-commit-hooks.yaml (commit it first)" >&2
  exit 1
fi

work=$(mktemp -d)
export PRE_COMMIT_HOME="$work/pre-commit-cache"   # fresh hook clone, built on first use
# The serverless-lint hook lints through a lint server outside CI (docs/pre-commit.md, "Lint server"): the
# servers of this test live in a private runtime directory of its own and are stopped at the end.
export XDG_RUNTIME_DIR="$work/runtime"
mkdir -m 700 "$XDG_RUNTIME_DIR"
stop_servers() { # through the launcher of pre-commit's clone, whose jar is built
  local clone
  for clone in "$PRE_COMMIT_HOME"/repo*; do
    if [ -f "$clone/lint-cli/target/serverless-lint.jar" ]; then
      "$clone/bin/serverless-lint" --stop-daemon >/dev/null 2>&1 || true
    fi
  done
}
trap 'stop_servers; rm -rf "$work"' EXIT
project="$work/project"
mkdir -p "$project/src/main/java/com/example"
cd "$project"
git init -q .
git config user.email ci@example.com
git config user.name CI
git config commit.gpgsign false

cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $repo
    rev: $rev
    hooks:
      - id: serverless-lint
YAML
cat > pom.xml <<'XML'
<project><modelVersion>4.0.0</modelVersion><groupId>e</groupId><artifactId>orders</artifactId><version>1</version></project>
XML
# A configuration with nothing to report: every setting the rules look for is there.
cat > serverless.yml <<'YAML'
service: orders
provider:
  name: aws
  runtime: java21
  timeout: 10
  memorySize: 1024
  logRetentionInDays: 14
  tracing:
    lambda: true
functions:
  create:
    handler: com.example.OrderHandler
    reservedConcurrency: 5
YAML
write_handler() { # $1: the line that gets the S3 client
  cat > src/main/java/com/example/OrderHandler.java <<JAVA
package com.example;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import software.amazon.awssdk.services.s3.S3Client;

import java.time.Duration;

public class OrderHandler implements RequestHandler<String, String> {
$1
    @Override
    public String handleRequest(String input, Context context) {
        S3Client s3 = client();
        return s3.toString() + input;
    }
}
JAVA
}
pre-commit install >/dev/null

# 1. A violating commit: an S3 client built on every invocation (SL103). Must fail, naming it.
write_handler '    private S3Client client() { return S3Client.create(); }'
sed -i 's|S3Client s3 = client();|S3Client s3 = S3Client.create();|' src/main/java/com/example/OrderHandler.java
git add -A
if git commit -q -m "violating change" >"$work/violating.log" 2>&1; then
  cat "$work/violating.log"
  echo "FAIL: the violating commit was accepted" >&2
  exit 1
fi
if ! grep -q "SL103" "$work/violating.log" || ! grep -q "OrderHandler.java" "$work/violating.log"; then
  cat "$work/violating.log"
  echo "FAIL: the hook output does not list the SL103 finding in OrderHandler.java" >&2
  exit 1
fi
echo "ok: violating commit rejected with the finding listed:"
grep "SL103" "$work/violating.log" | head -3

# 2. A clean commit: the client is built once, at init. Must pass.
write_handler '    private static final S3Client S3 = S3Client.builder()
            .overrideConfiguration(c -> c.apiCallTimeout(Duration.ofSeconds(5)).apiCallAttemptTimeout(Duration.ofSeconds(2)))
            .build();
    private S3Client client() { return S3; }'
git add -A
if ! git commit -q -m "clean change" >"$work/clean.log" 2>&1; then
  cat "$work/clean.log"
  echo "FAIL: the clean commit was rejected" >&2
  exit 1
fi
echo "ok: clean commit accepted"

# 3. A staged file whose name looks like an option must be linted as a file, not overwrite serverless.yml.
before=$(sha256sum serverless.yml)
printf 'key: value\n' > ./--output=serverless.yml
git add -- ./--output=serverless.yml
if ! git commit -q -m "option-like file name" >"$work/option-name.log" 2>&1; then
  cat "$work/option-name.log"
  echo "FAIL: the commit of a file named --output=serverless.yml was rejected" >&2
  exit 1
fi
if [ "$(sha256sum serverless.yml)" != "$before" ]; then
  echo "FAIL: a staged file named --output=serverless.yml made the hook overwrite serverless.yml" >&2
  exit 1
fi
echo "ok: a staged file named --output=serverless.yml is linted as a file"

# 3b. Options under pre-commit (docs/pre-commit.md): a staged test source with a hard-coded key (SL109) is
#     skipped by default; includeTests in .serverless-lint.yml or --include-tests in the overridden entry
#     (before its --) lints it; args, which pre-commit puts after the entry's --, fail saying where options go.
hook_config() { # $1: extra lines under the hook id
  printf 'repos:\n  - repo: %s\n    rev: %s\n    hooks:\n      - id: serverless-lint\n%s' "$repo" "$rev" "$1" \
    > .pre-commit-config.yaml
}
mkdir -p src/test/java/com/example
cat > src/test/java/com/example/OrderHandlerTest.java <<'JAVA'
package com.example;

class OrderHandlerTest {
    private static final String ACCESS_KEY = "AKIAQ3RTYB6WZXC2VNMQ";
}
JAVA
expect_rejected() { # $1: what is tried, $2: text the hook output must show
  git add -A
  if git commit -q -m "test source, $1" >"$work/options.log" 2>&1; then
    cat "$work/options.log"
    echo "FAIL: $1: the commit of a test source with a hard-coded key was accepted" >&2
    exit 1
  fi
  if ! grep -qF -- "$2" "$work/options.log"; then
    cat "$work/options.log"
    echo "FAIL: $1: the hook output does not show: $2" >&2
    exit 1
  fi
  echo "ok: $1: rejected, showing: $2"
}
hook_config '        args: [--include-tests]
'
expect_rejected "args: [--include-tests]" \
  "path does not exist: --include-tests (after '--' every argument is a path; under pre-commit, give options"
hook_config '        entry: bin/serverless-lint --include-tests --
'
expect_rejected "entry: bin/serverless-lint --include-tests --" "OrderHandlerTest.java"
grep -q "SL109" "$work/options.log"
hook_config ''
printf 'includeTests: true\n' > .serverless-lint.yml
expect_rejected "includeTests: true in .serverless-lint.yml" "OrderHandlerTest.java"
grep -q "SL109" "$work/options.log"
rm .serverless-lint.yml
git add -A
if ! git commit -q -m "test source, tests not linted (the default)" >"$work/options.log" 2>&1; then
  cat "$work/options.log"
  echo "FAIL: by default a staged test source is linted" >&2
  exit 1
fi
echo "ok: by default the staged test source is not linted"

# 3c. The lint server (docs/pre-commit.md, "Lint server"): the serverless-lint hook's verdicts are the same
#     through it. In CI (CI=true) no server is started. Otherwise the first commit of a sitting lints the normal
#     way, the second starts a server in the background, and the next ones are answered by it. The hook id
#     serverless-lint-daemon is the same hook.
no_socket() { # waits up to 5 s for the servers' sockets to go
  for _ in $(seq 1 50); do
    ls "$XDG_RUNTIME_DIR"/serverless-lint/*.sock >/dev/null 2>&1 || return 0
    sleep 0.1
  done
  return 1
}
stop_servers
no_socket || { echo "FAIL: --stop-daemon left a lint server's socket" >&2; exit 1; }
# a new sitting: without the record of the commits above, nor their servers' logs
rm -f "$XDG_RUNTIME_DIR"/serverless-lint/*.used "$XDG_RUNTIME_DIR"/serverless-lint/*.log
printf 'repos:\n  - repo: %s\n    rev: %s\n    hooks:\n      - id: serverless-lint\n' "$repo" "$rev" \
  > .pre-commit-config.yaml
rm -rf src/test
server_commit() { # $1: CI's value ("" for unset), $2: commit message, $3: log
  if [ -n "$1" ]; then
    CI="$1" git commit -q -m "$2" >"$3" 2>&1
  else
    env -u CI git commit -q -m "$2" >"$3" 2>&1
  fi
}
listening() { grep -qs 'listening' "$XDG_RUNTIME_DIR"/serverless-lint/*.log; }
write_handler '    private S3Client client() { return S3Client.create(); }'
sed -i 's|S3Client s3 = client();|S3Client s3 = S3Client.create();|' src/main/java/com/example/OrderHandler.java
git add -A
for attempt in 1 2; do
  if server_commit true "violating change, in CI ($attempt)" "$work/server-ci.log"; then
    cat "$work/server-ci.log"; echo "FAIL: in CI: the violating commit was accepted" >&2; exit 1
  fi
  grep -q "SL103" "$work/server-ci.log" || { cat "$work/server-ci.log"; echo "FAIL: in CI: no SL103" >&2; exit 1; }
done
sleep 2
if ls "$XDG_RUNTIME_DIR"/serverless-lint/*.sock >/dev/null 2>&1 || listening; then
  echo "FAIL: the hook started a lint server in CI (CI=true)" >&2; exit 1
fi
echo "ok: in CI: rejected with the finding, twice, no server started"
for attempt in first second served; do
  if server_commit "" "violating change ($attempt commit)" "$work/server.log"; then
    cat "$work/server.log"; echo "FAIL: $attempt commit: the violating commit was accepted" >&2; exit 1
  fi
  grep -q "SL103" "$work/server.log" || { cat "$work/server.log"; echo "FAIL: $attempt commit: no SL103" >&2; exit 1; }
  if [ "$attempt" = first ]; then
    sleep 2
    ! listening || { echo "FAIL: the first commit of a sitting started a lint server" >&2; exit 1; }
  else
    # the second commit lints the normal way and starts the server in the background: wait until it listens
    for _ in $(seq 1 100); do listening && break; sleep 0.1; done
    listening || { echo "FAIL: the second commit started no lint server" >&2; exit 1; }
  fi
done
echo "ok: rejected with the finding listed, three times: no server, then one started, then answered by it"
write_handler '    private static final S3Client S3 = S3Client.builder()
            .overrideConfiguration(c -> c.apiCallTimeout(Duration.ofSeconds(5)).apiCallAttemptTimeout(Duration.ofSeconds(2)))
            .build();
    private S3Client client() { return S3; }'
printf 'repos:\n  - repo: %s\n    rev: %s\n    hooks:\n      - id: serverless-lint-daemon\n' "$repo" "$rev" \
  > .pre-commit-config.yaml
git add -A
if ! server_commit "" "clean change, hook id serverless-lint-daemon" "$work/server-clean.log"; then
  cat "$work/server-clean.log"; echo "FAIL: serverless-lint-daemon: the clean commit was rejected" >&2; exit 1
fi
stop_servers
no_socket || { echo "FAIL: --stop-daemon left the lint server's socket" >&2; exit 1; }
echo "ok: serverless-lint-daemon: clean commit accepted; lint server stopped"
hook_config ''

# 4. The second hook id, serverless-lint-system: runs the serverless-lint on the PATH (here a link to this
#    repository's launcher, as docs/pre-commit.md suggests installing it), no build in pre-commit's cache.
if [ ! -f "$repo/lint-cli/target/serverless-lint.jar" ]; then
  (cd "$repo" && mvn -B -q -ntp -DskipTests -pl lint-cli -am package)
fi
installed="$work/installed-bin"
mkdir -p "$installed"
ln -s "$repo/bin/serverless-lint" "$installed/serverless-lint"
sed -i 's/- id: serverless-lint$/- id: serverless-lint-system/' .pre-commit-config.yaml
grep -q 'id: serverless-lint-system' .pre-commit-config.yaml
rm -rf "$PRE_COMMIT_HOME"
write_handler '    private S3Client client() { return S3Client.create(); }'
git add -A
if git commit -q -m "violating change, installed hook" >"$work/system-missing.log" 2>&1; then
  echo "FAIL: the system hook passed without serverless-lint on the PATH" >&2
  exit 1
fi
if ! grep -q "serverless-lint" "$work/system-missing.log" || ! grep -qi "not found" "$work/system-missing.log"; then
  cat "$work/system-missing.log"
  echo "FAIL: without serverless-lint on the PATH the system hook does not say it is not found" >&2
  exit 1
fi
echo "ok: the system hook without serverless-lint on the PATH fails saying it is not found"
if PATH="$installed:$PATH" git commit -q -m "violating change, installed hook" >"$work/system-violating.log" 2>&1; then
  cat "$work/system-violating.log"
  echo "FAIL: the system hook accepted the violating commit" >&2
  exit 1
fi
if ! grep -q "SL103" "$work/system-violating.log" || ! grep -q "OrderHandler.java" "$work/system-violating.log"; then
  cat "$work/system-violating.log"
  echo "FAIL: the system hook's output does not list the SL103 finding in OrderHandler.java" >&2
  exit 1
fi
if [ -d "$PRE_COMMIT_HOME" ] && find "$PRE_COMMIT_HOME" -name serverless-lint.jar | grep -q .; then
  echo "FAIL: the system hook built the CLI in pre-commit's cache" >&2
  exit 1
fi
echo "ok: the system hook rejected the violating commit, without a build:"
grep "SL103" "$work/system-violating.log" | head -3
write_handler '    private static final S3Client S3 = S3Client.builder()
            .overrideConfiguration(c -> c.apiCallTimeout(Duration.ofSeconds(5)).apiCallAttemptTimeout(Duration.ofSeconds(2)))
            .build();
    private S3Client client() { return S3; }'
git add -A
if ! PATH="$installed:$PATH" git commit -q -m "clean change, installed hook" >"$work/system-clean.log" 2>&1; then
  cat "$work/system-clean.log"
  echo "FAIL: the system hook rejected the clean commit" >&2
  exit 1
fi
echo "ok: the system hook accepted the clean commit"
echo "pre-commit end-to-end: passed"
