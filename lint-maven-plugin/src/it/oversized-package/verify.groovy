// The build failed on the package size, with the biggest contributors in the message.
def log = new File(basedir, 'build.log').text
assert log =~ /\[WARNING\] serverless\.yml:11:\d+  warning  SL207 oversized-package  Deployment package target\/orders\.zip is 12\.3 MB zipped, over the 10\.0 MB cold-start budget \(budgetMb\)\. Biggest contributors: lib\/aws-java-sdk-bundle-1\.12\.700\.jar 12\.0 MB \(98%\), com\/example\/ 256 KB \(2%\)\./
assert log.contains('BUILD FAILURE')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/serverless-lint/report.json'))
assert json.findings.collect { "${it.path}:${it.line} ${it.ruleId}" } == ['serverless.yml:11 SL207']
return true
