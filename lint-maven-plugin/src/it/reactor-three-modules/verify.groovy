// One project model for the reactor, built with -T2: the SL103 chain crosses from the orders module
// into lib-shared, the handlers are known from the parent's template only, and each finding is
// reported once, by the module that owns the file, with paths relative to the reactor's root.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('MultiThreadedBuilder')
assert log.contains('BUILD SUCCESS')
assert !log.contains('cannot resolve the dependencies')

def reportOf = { String module, String name ->
    def file = new File(basedir, (module ? module + '/' : '') + 'target/serverless-lint/' + name)
    assert file.isFile() : file
    new JsonSlurper().parse(file)
}
def findingsOf = { String module ->
    def json = reportOf(module, 'report.json')
    [json.summary.filesChecked, json.findings.collect { "${it.path}:${it.line} ${it.ruleId}" }]
}
assert findingsOf('') == [1, ['template.yaml:26 SL201']]
assert findingsOf('lib-shared') == [1, ['lib-shared/src/main/java/com/example/shared/Clients.java:14 SL103']]
// The resource JSON is not a checked file, and nothing in orders itself is wrong.
assert findingsOf('functions/orders') == [1, []]
// src/test/java is not linted (includeTests is off).
assert findingsOf('functions/billing') == [1, ['functions/billing/src/main/java/com/example/billing/ChargeHandler.java:14 SL101']]
assert log.contains('[WARNING] lib-shared/src/main/java/com/example/shared/Clients.java:14:16  warning  SL103 '
        + 'handler-scoped-client  CreateOrderHandler.handleRequest -> Clients.dynamo -> DynamoDbClient.builder()...build() '
        + 'creates a client on every invocation.')

// SARIF for code scanning: locations relative to the repository's root, against %SRCROOT%.
def sarif = reportOf('lib-shared', 'report.sarif')
def location = sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation
assert location.uri == 'lib-shared/src/main/java/com/example/shared/Clients.java'
assert location.uriBaseId == '%SRCROOT%'
// Every module's SARIF: all locations against %SRCROOT%, the reactor's root (described, not an absolute
// URI, so the file does not depend on the checkout), and its own code scanning category.
['', 'lib-shared', 'functions/orders', 'functions/billing'].each { module ->
    def run = reportOf(module, 'report.sarif').runs[0]
    assert run.originalUriBaseIds.keySet() == ['%SRCROOT%'] as Set
    assert run.originalUriBaseIds['%SRCROOT%'].uri == null
    assert run.originalUriBaseIds['%SRCROOT%'].description.text.startsWith('The directory serverless-lint linted')
    run.results.each { result ->
        def artifact = result.locations[0].physicalLocation.artifactLocation
        assert artifact.uriBaseId == '%SRCROOT%'
        assert !artifact.uri.startsWith('/') && !artifact.uri.contains(':')
        assert module == '' || artifact.uri.startsWith(module + '/')
    }
    // The category names the module's directory (relative to the repository's top when there is one).
    def category = run.automationDetails.id
    assert module ? category.endsWith('/' + module + '/')
            : (category == 'serverless-lint/' || category.endsWith('/reactor-three-modules/'))
}

// The same findings as the command line at the root, no more, no fewer (when the reactor built it).
def all = ['', 'lib-shared', 'functions/orders', 'functions/billing'].collectMany { findingsOf(it)[1] }.sort()
assert all == ['functions/billing/src/main/java/com/example/billing/ChargeHandler.java:14 SL101',
               'lib-shared/src/main/java/com/example/shared/Clients.java:14 SL103', 'template.yaml:26 SL201']
if (new File(cliJar).isFile()) {
    def cli = ['java', '-jar', cliJar, '--no-cache', '--format', 'json', '.'].execute(null, basedir)
    def out = cli.text
    cli.waitFor()
    assert new JsonSlurper().parseText(out).findings.collect { "${it.path}:${it.line} ${it.ruleId}" }.sort() == all
}
return true
