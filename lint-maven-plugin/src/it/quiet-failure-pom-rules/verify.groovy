// list-rules printed every rule; then mvn -q verify failed, and its output (no warnings at -q) names the
// finding that failed it: SL201, raised to error in the POM. -Dserverless-lint.disable=SL103 replaced
// the POM's <disable>SL201</disable>: SL201 runs, SL103 does not.
def log = new File(basedir, 'build.log').text
assert log =~ /SL103  warning  handler-scoped-client\s+Heavy initialisation/
assert log.contains('option SL112.maxPoolSize (')
assert log.contains('https://') && log.contains('/SL201.md')

assert log.contains("serverless-lint found 1 violation (findings at or above 'warning': 1 error, 0 warnings); none are allowed:")
assert log =~ /\[ERROR\]   serverless\.yml:17:3  error  SL201 missing-timeout  Function 'getOrder' has no timeout/
assert !log.contains('[WARNING]')
assert !log.contains('[INFO] serverless-lint:')

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/serverless-lint/report.json'))
assert json.findings.collect { "${it.path}:${it.line} ${it.ruleId} ${it.severity}" } ==
        ['serverless.yml:17 SL201 error']
return true
