package dev.serverlesslint.core.report;

import dev.serverlesslint.core.finding.Severity;
import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.apache.maven.plugins.surefire.report.ReportTestCase;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.apache.maven.plugins.surefire.report.TestSuiteXmlParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JUnit report as a JUnit XML parser reads it: Maven Surefire's, which its test reports use. */
class JunitReportTest {

    @TempDir
    Path directory;

    private List<ReportTestSuite> parse(ReportSettings settings, dev.serverlesslint.core.engine.LintResult result)
            throws Exception {
        Path file = directory.resolve("TEST-serverless-lint.xml");
        Files.writeString(file, ReporterGoldenTest.render(new JunitReporter(settings), result), StandardCharsets.UTF_8);
        TestSuiteXmlParser parser = new TestSuiteXmlParser(new NullConsoleLogger());
        List<ReportTestSuite> suites = parser.parse(file.toString());
        assertTrue(parser.isValid(), "the parser found the report invalid");
        return suites;
    }

    /** The parser makes one suite per class name (here: per file); the test cases in report order. */
    private static List<ReportTestCase> cases(List<ReportTestSuite> suites) {
        return suites.stream().flatMap(suite -> suite.getTestCases().stream()).toList();
    }

    @Test
    void findingsAtOrAboveTheThresholdFailAndRuleFailuresAreErrors() throws Exception {
        List<ReportTestSuite> suites = parse(ReportSettings.PLAIN.withSources(SourceLines.of(SampleResult.SOURCES)),
                SampleResult.create());
        assertEquals(List.of("serverless.yml", "src/main/java/com/example/orders/Créer Handler.java",
                "stack/removed.template.json", "src/main/java/com/example/Broken.java"),
                suites.stream().map(ReportTestSuite::getFullClassName).toList());
        assertEquals(7, suites.stream().mapToInt(ReportTestSuite::getNumberOfTests).sum());
        assertEquals(5, suites.stream().mapToInt(ReportTestSuite::getNumberOfFailures).sum());
        assertEquals(1, suites.stream().mapToInt(ReportTestSuite::getNumberOfErrors).sum());
        List<ReportTestCase> cases = cases(suites);
        assertEquals(List.of(
                "SL201 missing-timeout at serverless.yml:6:3",
                "SL212 missing-tracing at serverless.yml:6:3",
                "SL215 secrets-in-environment at serverless.yml:9:20",
                "SL103 handler-scoped-client at src/main/java/com/example/orders/Créer Handler.java:5:12",
                "SL103 handler-scoped-client at src/main/java/com/example/orders/Créer Handler.java:6:48",
                "SL201 missing-timeout at stack/removed.template.json:12:5",
                "rule SL103 failed on src/main/java/com/example/Broken.java"),
                cases.stream().map(ReportTestCase::getName).toList());
        ReportTestCase timeout = cases.get(0);
        assertTrue(timeout.hasFailure());
        assertEquals("SL201", timeout.getFailureType());
        assertEquals("Function 'createOrder' has no timeout: the default is 6 s, set one, please.",
                timeout.getFailureMessage());
        assertEquals("serverless.yml", timeout.getFullClassName());
        assertTrue(cases.get(1).isSuccessful(), "a note under the 'warning' threshold passes");
        assertEquals("Creates DynamoDbClient per request: 100% of calls pay for it, a|b *c* <d> & \"e\" 'f'.",
                cases.get(4).getFailureMessage());
        assertTrue(cases.get(6).hasError());
        assertEquals("internal-error", cases.get(6).getFailureType());
    }

    @Test
    void theThresholdDecidesWhatFails() throws Exception {
        List<ReportTestCase> atError = cases(parse(ReportSettings.PLAIN.withThreshold(Severity.ERROR),
                SampleResult.create()));
        assertEquals(List.of("SL215"), atError.stream().filter(ReportTestCase::hasFailure)
                .map(ReportTestCase::getFailureType).toList());
        assertEquals(6, cases(parse(ReportSettings.PLAIN.withThreshold(Severity.NOTE), SampleResult.create()))
                .stream().filter(ReportTestCase::hasFailure).count(), "every finding fails under a note threshold");
    }

    @Test
    void aCleanRunIsOnePassingTest() throws Exception {
        List<ReportTestCase> cases = cases(parse(ReportSettings.PLAIN, SampleResult.clean()));
        assertEquals(1, cases.size());
        assertEquals("no findings in 3 files", cases.get(0).getName());
        assertTrue(cases.get(0).isSuccessful());
    }

    @Test
    void charactersXmlCannotHoldAreReplaced() {
        assertEquals("a\uFFFDb\uFFFD\n\t\ud83d\ude80", JunitReporter.text("a\u0001b\ud800\n\t\ud83d\ude80"));
    }
}
