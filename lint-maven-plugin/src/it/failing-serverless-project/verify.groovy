// The build failed because of the two findings, each listed as path:line:col with its rule, and
// nothing else: the sample sets everything else a good project has (client timeouts, tracing...).
def log = new File(basedir, 'build.log').text
assert log =~ /\[WARNING\] src\/main\/java\/com\/example\/orders\/GetOrderHandler\.java:18:\d+  warning  SL103 handler-scoped-client  /
assert log =~ /\[WARNING\] serverless\.yml:17:\d+  warning  SL201 missing-timeout  /
assert log.contains('serverless-lint: 2 findings (0 errors, 2 warnings, 0 notes) in 2 files; 2 files checked.')
assert log.contains('BUILD FAILURE')
assert log.contains("serverless-lint found 2 violations (findings at or above 'warning': 0 errors, 2 warnings); none are allowed:")

def reports = new File(basedir, 'target/serverless-lint')
['report.sarif', 'report.json', 'report.txt'].each { assert new File(reports, it).isFile() : it }
assert log.contains(new File(reports, 'report.sarif').canonicalPath)

def json = new groovy.json.JsonSlurper().parse(new File(reports, 'report.json'))
assert json.findings.collect { "${it.path}:${it.line} ${it.ruleId}" } ==
        ['serverless.yml:17 SL201', 'src/main/java/com/example/orders/GetOrderHandler.java:18 SL103']
def sarif = new groovy.json.JsonSlurper().parse(new File(reports, 'report.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs[0].results*.ruleId == ['SL201', 'SL103']
// The text report groups findings by file: the file, then '  line:col  severity  ID name  message'.
def text = new File(reports, 'report.txt').readLines()
assert text[text.indexOf('serverless.yml') + 1].startsWith('  17:3  warning  SL201 missing-timeout  ')
assert text[text.indexOf('src/main/java/com/example/orders/GetOrderHandler.java') + 1]
        .startsWith('  18:33  warning  SL103 handler-scoped-client  ')
assert text.contains('2 findings (0 errors, 2 warnings, 0 notes) in 2 files; 2 files checked.')
return true
