// Skipped: the same findings as failing-serverless-project, yet the build passed and wrote nothing.
def log = new File(basedir, 'build.log').text
assert log.contains('serverless-lint: skipped (serverless-lint.skip is true).')
assert !log.contains('SL103') && !log.contains('SL201')
assert !new File(basedir, 'target/serverless-lint').exists()
return true
