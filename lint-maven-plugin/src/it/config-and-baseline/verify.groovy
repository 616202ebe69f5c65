// The configuration file turned SL213 off and the baseline hid the legacy SL103: the build passed.
def log = new File(basedir, 'build.log').text
assert log.contains('serverless-lint: no findings (')
assert log.contains('1 finding hidden by the baseline.')
assert log.contains('BUILD SUCCESS')
assert !log.contains('SL213') && !log.contains('SL103') && !log.contains('SL001')

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/serverless-lint/report.json'))
assert json.findings == []
return true
