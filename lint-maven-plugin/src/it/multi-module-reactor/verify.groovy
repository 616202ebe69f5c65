// Each module linted only its own files, with paths relative to itself, in a -T2 build.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('MultiThreadedBuilder')
assert log.contains('BUILD SUCCESS')
assert log.count('not failing the build because failOnViolation is false') == 2

def findingsOf = { String module ->
    def report = new File(basedir, (module ? module + '/' : '') + 'target/serverless-lint/report.json')
    assert report.isFile() : report
    def json = new JsonSlurper().parse(report)
    [json.summary.filesChecked, json.findings.collect { "${it.path}:${it.line} ${it.ruleId}" }]
}
// The parent: its own template.yaml only, not orders/ nor services/billing/.
assert findingsOf('') == [1, []]
// <formats>json</formats> (a plain string for the list) wrote only the JSON report.
assert (new File(basedir, 'target/serverless-lint').list() as List).sort() == ['cache', 'report.json']
assert findingsOf('orders') == [2, ['serverless.yml:13 SL201']]
// src/test/java is not linted (includeTests is false).
assert findingsOf('services/billing') == [2, ['src/main/java/com/example/billing/ChargeHandler.java:15 SL103']]
return true
