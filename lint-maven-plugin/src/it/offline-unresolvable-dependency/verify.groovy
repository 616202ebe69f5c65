// Offline, with dependencies no repository can give: one warning line, then the same lint as
// always, SL208 included (from the dependencies pom.xml declares).
def log = new File(basedir, 'build.log').text
def unresolved = log.readLines().findAll { it.contains("cannot resolve the dependencies") }
assert unresolved.size() == 1 : unresolved
assert unresolved[0].startsWith('[WARNING] serverless-lint: cannot resolve the dependencies of offline-unresolvable-dependency (')
assert unresolved[0].endsWith('); linting without them: package sizes are not attributed to dependencies (SL207) and SL208 reads the dependencies declared in pom.xml.')
assert log.contains('BUILD FAILURE')

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/serverless-lint/report.json'))
def expected = ['pom.xml:22 SL208', 'serverless.yml:17 SL201', 'src/main/java/com/example/orders/GetOrderHandler.java:18 SL103']
assert json.findings.collect { "${it.path}:${it.line} ${it.ruleId}" } == expected
// The same findings as the command line, which reads the dependencies pom.xml declares (when the reactor built it).
if (new File(cliJar).isFile()) {
    def cli = ['java', '-jar', cliJar, '--no-cache', '--format', 'json', '.'].execute(null, basedir)
    def out = cli.text
    cli.waitFor()
    assert new groovy.json.JsonSlurper().parseText(out).findings.collect { "${it.path}:${it.line} ${it.ruleId}" } == expected
}
return true
