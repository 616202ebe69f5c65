package dev.serverlesslint.core.session;

import dev.serverlesslint.core.finding.Finding;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.report.ReportFormat;
import dev.serverlesslint.core.testing.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The session's own decisions: defaults, projects merged, baseline, reports and the verdict. */
class LintSessionTest {

    @TempDir
    Path directory;

    private final LintSession session = new LintSession(TestProject.RULES);

    private TestProject project(String name) {
        return new TestProject(directory.resolve(name))
                .file("src/main/java/A.java", "class A { String s = \"VIOLATION\"; }")
                .file("src/test/java/ATest.java", "class ATest { String s = \"VIOLATION\"; }");
    }

    private static List<String> positions(SessionOutcome outcome) {
        return outcome.result().findings().stream().map(f -> f.path() + ":" + f.line() + " " + f.ruleId()).toList();
    }

    @Test
    void testSourcesAreOffUnlessAsked() throws Exception {
        Path root = project("one").root();
        SessionOutcome byDefault = session.run(SessionRequest.in(root).build(), new StringWriter());
        assertEquals(List.of("src/main/java/A.java:1 SL900"), positions(byDefault));
        SessionOutcome withTests = session.run(SessionRequest.in(root).includeTests(true).build(), new StringWriter());
        assertEquals(List.of("src/main/java/A.java:1 SL900", "src/test/java/ATest.java:1 SL900"),
                positions(withTests));
    }

    @Test
    void projectsAreReportedTogetherRelativeToTheWorkingDirectory() throws Exception {
        project("one");
        project("two");
        SessionRequest request = SessionRequest.in(directory)
                .project(ProjectRun.whole(directory.resolve("one")))
                .project(ProjectRun.whole(directory.resolve("two")))
                .build();
        SessionOutcome outcome = session.run(request, new StringWriter());
        assertEquals(List.of("one/src/main/java/A.java:1 SL900", "two/src/main/java/A.java:1 SL900"),
                positions(outcome));
        for (Finding finding : outcome.result().findings()) {
            assertTrue(outcome.result().fingerprint(finding).isPresent(), finding.toString());
        }
    }

    @Test
    void theVerdictCountsViolationsAgainstTheLimit() throws Exception {
        Path root = project("one").root();
        SessionOutcome strict = session.run(SessionRequest.in(root).build(), new StringWriter());
        assertEquals(Verdict.Kind.FINDINGS, strict.verdict().kind());
        assertEquals(1, strict.verdict().exitCode());
        SessionOutcome tolerant = session.run(SessionRequest.in(root).maxAllowedViolations(1).build(),
                new StringWriter());
        assertEquals(0, tolerant.verdict().exitCode());
        SessionOutcome errorsOnly = session.run(SessionRequest.in(root).threshold(Severity.ERROR).build(),
                new StringWriter());
        assertEquals(Verdict.Kind.CLEAN, errorsOnly.verdict().kind());
        assertEquals(1, errorsOnly.verdict().count(Severity.WARNING));
    }

    @Test
    void writingABaselineWritesFilesButNoConsoleReportAndIsClean() throws Exception {
        Path root = project("one").root();
        StringWriter console = new StringWriter();
        SessionRequest request = SessionRequest.in(root)
                .writeBaseline(Path.of("baseline.json"))
                .report(ReportOutput.console(ReportFormat.JSON))
                .report(ReportOutput.file(ReportFormat.SARIF, Path.of("out/report.sarif")))
                .build();
        SessionOutcome outcome = session.run(request, console);
        assertEquals(Verdict.Kind.CLEAN, outcome.verdict().kind());
        assertEquals(1, outcome.baseline().orElseThrow().findings());
        assertTrue(Files.isRegularFile(root.resolve("baseline.json")));
        assertEquals("", console.toString());
        assertEquals(List.of(root.resolve("out/report.sarif")), outcome.reportFiles());

        SessionOutcome next = session.run(SessionRequest.in(root).baselineFile(Path.of("baseline.json")).build(),
                new StringWriter());
        assertEquals(List.of(), positions(next));
        assertEquals(1, next.result().hiddenByBaseline());
    }

    @Test
    void anInvalidConfigurationIsAnErrorAndWritesNoBaseline() throws Exception {
        Path root = project("one").file(".serverless-lint.yml", "rulez: {}").root();
        StringWriter console = new StringWriter();
        SessionOutcome outcome = session.run(SessionRequest.in(root).writeBaseline(Path.of("baseline.json"))
                .report(ReportOutput.console(ReportFormat.JSON)).build(), console);
        assertEquals(Verdict.Kind.CONFIGURATION_ERROR, outcome.verdict().kind());
        assertEquals(2, outcome.verdict().exitCode());
        assertEquals(1, outcome.problems().size());
        assertFalse(Files.exists(root.resolve("baseline.json")));
        assertTrue(console.toString().contains("\"SL001\""), "the problems are reported: " + console);
    }
}
