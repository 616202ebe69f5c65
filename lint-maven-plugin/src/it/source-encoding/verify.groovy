// The sources are ISO-8859-1 and the POM says so: the goal read them in project.build.sourceEncoding, so
// the handler parsed (no SL000) and the chain names the method as written; the command line agrees
// with --encoding ISO-8859-1, and without it the file does not parse.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
def json = new JsonSlurper().parse(new File(basedir, 'target/serverless-lint/report.json'))
def found = json.findings.collect { "${it.path}:${it.line} ${it.ruleId}" }
def expected = ['src/main/java/com/example/orders/GetOrderHandler.java:15 SL103',
                'src/main/java/com/example/orders/GetOrderHandler.java:15 SL107']
assert found == expected
assert json.findings[0].message.startsWith('GetOrderHandler.handleRequest -> GetOrderHandler.clientF\u00fcr -> ')
if (new File(cliJar).isFile()) {
    def lint = { List<String> options ->
        def cli = (['java', '-jar', cliJar, '--no-cache', '--format', 'json'] + options + ['.']).execute(null, basedir)
        def out = cli.text
        cli.waitFor()
        new JsonSlurper().parseText(out).findings.collect { "${it.path}:${it.line} ${it.ruleId}" }
    }
    assert lint(['--encoding', 'ISO-8859-1']) == expected
    assert lint(['--rule', 'SL000,SL103']) == ['src/main/java/com/example/orders/GetOrderHandler.java:11 SL000']
}
return true
