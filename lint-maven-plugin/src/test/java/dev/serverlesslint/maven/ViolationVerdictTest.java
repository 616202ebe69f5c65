package dev.serverlesslint.maven;

import dev.serverlesslint.core.engine.LintResult;
import dev.serverlesslint.core.engine.RuleSet;
import dev.serverlesslint.core.finding.Finding;
import dev.serverlesslint.core.finding.Severity;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ViolationVerdictTest {

    private static final LintResult ONE_OF_EACH = new LintResult(List.of(
            finding("SL000", Severity.ERROR, "Broken.java"),
            finding("SL201", Severity.WARNING, "serverless.yml"),
            finding("SL212", Severity.NOTE, "template.yaml")), 5, List.of(), new RuleSet(List.of()));

    @Test
    void violationsAreTheFindingsAtOrAboveTheThreshold() {
        assertEquals(3, ViolationVerdict.of(ONE_OF_EACH, Severity.NOTE, 0).violations());
        assertEquals(2, ViolationVerdict.of(ONE_OF_EACH, Severity.WARNING, 0).violations());
        assertEquals(1, ViolationVerdict.of(ONE_OF_EACH, Severity.ERROR, 0).violations());
    }

    @Test
    void theLimitIsInclusive() {
        assertTrue(ViolationVerdict.of(ONE_OF_EACH, Severity.WARNING, 1).exceedsLimit());
        assertFalse(ViolationVerdict.of(ONE_OF_EACH, Severity.WARNING, 2).exceedsLimit());
    }

    @Test
    void noFindingsNeverFail() {
        LintResult clean = new LintResult(List.of(), 3, List.of(), new RuleSet(List.of()));

        assertFalse(ViolationVerdict.of(clean, Severity.NOTE, 0).exceedsLimit());
    }

    @Test
    void failureMessageCountsBySeverityAndPointsAtTheReports() {
        String message = ViolationVerdict.of(ONE_OF_EACH, Severity.WARNING, 0)
                .failureMessage(List.of(Path.of("/p/target/serverless-lint/report.sarif")), ONE_OF_EACH.findings());

        String n = System.lineSeparator();
        assertEquals("serverless-lint found 2 violations (findings at or above 'warning': 1 error, 1 warning); "
                + "none are allowed:" + n
                + "  Broken.java:3:1  error  SL000 rule-SL000  message" + n
                + "  serverless.yml:3:1  warning  SL201 rule-SL201  message" + n
                + "Reports: /p/target/serverless-lint/report.sarif. Fix these findings, or tune severityThreshold / "
                + "maxAllowedViolations, or set -Dserverless-lint.failOnViolation=false to report without failing.",
                message);
    }

    @Test
    void failureMessageNamesTheLimitWhenSomeAreAllowed() {
        String message = ViolationVerdict.of(ONE_OF_EACH, Severity.NOTE, 2).failureMessage(List.of(),
                ONE_OF_EACH.findings());

        assertTrue(message.startsWith("serverless-lint found 3 violations (findings at or above 'note': "
                + "1 error, 1 warning, 1 note), more than the 2 allowed (maxAllowedViolations):"), message);
        assertTrue(message.contains("  template.yaml:3:1  note  SL212 rule-SL212  message" + System.lineSeparator()
                + "No report files were written"), message);
    }

    @Test
    void aLongListIsCutAfterTheFirstViolations() {
        List<Finding> many = new java.util.ArrayList<>();
        for (int i = 0; i < ViolationVerdict.LISTED + 3; i++) {
            many.add(finding("SL201", Severity.WARNING, "f" + (100 + i) + ".yml"));
        }
        LintResult result = new LintResult(many, 5, List.of(), new RuleSet(List.of()));

        String message = ViolationVerdict.of(result, Severity.WARNING, 0).failureMessage(List.of(), many);

        assertTrue(message.contains("f119.yml:3:1") && !message.contains("f120.yml"), message);
        assertTrue(message.contains("  ... and 3 more in the reports." + System.lineSeparator()), message);
    }

    private static Finding finding(String id, Severity severity, String path) {
        return new Finding(id, "rule-" + id, severity, path, 3, 1, "message", null);
    }
}
