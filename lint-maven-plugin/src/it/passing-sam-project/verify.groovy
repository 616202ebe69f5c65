// The clean project passes: the goal ran, found nothing, and wrote the default reports.
def log = new File(basedir, 'build.log').text
assert log.contains('serverless-lint: no findings (2 files checked).')
assert !log.contains('SL1') && !log.contains('SL2')

def reports = new File(basedir, 'target/serverless-lint')
assert new File(reports, 'report.sarif').isFile()
assert new File(reports, 'report.json').isFile()
def json = new groovy.json.JsonSlurper().parse(new File(reports, 'report.json'))
assert json.findings == []
assert json.summary.filesChecked == 2
return true
