// `sam init` layout: the build runs in HelloWorldFunction/, the template is one level above. The plugin
// lints from the template's directory, so the handler is known and the template's findings are reported
// by the function's module (no Maven module owns the template), exactly as the command line reports them.
import groovy.json.JsonSlurper

def log = new File(basedir, 'HelloWorldFunction/build.log').isFile()
        ? new File(basedir, 'HelloWorldFunction/build.log').text : new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
def json = new JsonSlurper().parse(new File(basedir, 'HelloWorldFunction/target/serverless-lint/report.json'))
def found = json.findings.collect { "${it.path}:${it.line} ${it.ruleId}" }
def expected = ['HelloWorldFunction/src/main/java/helloworld/App.java:15 SL103', 'template.yaml:13 SL205',
                'template.yaml:13 SL210', 'template.yaml:13 SL212', 'template.yaml:13 SL213']
assert found == expected
// events/event.json is not deployment configuration: not a checked file.
assert json.summary.filesChecked == 2
assert log.contains("serverless-lint found 2 violations (findings at or above 'warning': 0 errors, 2 warnings)")
if (new File(cliJar).isFile()) {
    def cli = ['java', '-jar', cliJar, '--no-cache', '--format', 'json', '.'].execute(null, basedir)
    def out = cli.text
    cli.waitFor()
    assert new JsonSlurper().parseText(out).findings.collect { "${it.path}:${it.line} ${it.ruleId}" } == expected
}
return true
