// The shaded jar is over the 1 MB budget set in .serverless-lint.yml; the finding names the
// dependencies it is made of, with their share, from the resolved dependency set.
def log = new File(basedir, 'build.log').text
def finding = log.readLines().find { it.contains('SL207 oversized-package') }
assert finding != null : 'no SL207 finding in the build log'
assert finding =~ /over the 1\.0 MB cold-start budget \(budgetMb\)/
assert finding =~ /com\.fasterxml\.jackson\.core:jackson-databind:[0-9.]+ [0-9.]+ [KM]B \(\d+%\)/
assert finding =~ /com\.fasterxml\.jackson\.core:jackson-core:[0-9.]+ [0-9.]+ [KM]B \(\d+%\)/
assert log.contains('BUILD FAILURE')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/serverless-lint/report.json'))
assert json.findings.collect { it.ruleId } == ['SL207']
return true
