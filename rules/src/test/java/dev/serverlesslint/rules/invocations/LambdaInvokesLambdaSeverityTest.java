package dev.serverlesslint.rules.invocations;

import dev.serverlesslint.core.engine.LintEngine;
import dev.serverlesslint.core.engine.LintRequest;
import dev.serverlesslint.core.engine.RuleSet;
import dev.serverlesslint.core.finding.Finding;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.source.FileSelection;
import dev.serverlesslint.fixtures.FixtureHarness;
import dev.serverlesslint.fixtures.FixtureProjects;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An asynchronous invocation (InvocationType Event) is a note; a configured severity overrides both. */
class LambdaInvokesLambdaSeverityTest {

    private static final Path PROJECT = FixtureProjects.project("sl106-lambda-invokes-lambda");

    @Test
    void eventInvocationsAreNotesAndSynchronousOnesWarnings() {
        assertEquals(Map.of(
                        "AuditForwardHandler.java", Severity.NOTE,
                        "CheckoutHandler.java", Severity.WARNING,
                        "LegacyEventForwardHandler.java", Severity.NOTE,
                        "LegacyOrderQueueHandler.java", Severity.WARNING,
                        "ThumbnailHandler.java", Severity.WARNING),
                severitiesByFile(FixtureHarness.lint(PROJECT).findings()));
    }

    @Test
    void aSeverityFromConfigurationWinsOverTheRulesOwnChoice() {
        LintRequest request = new LintRequest(PROJECT, List.of(), FileSelection.everything(), Set.of("SL106"),
                Set.of(), Map.of("SL106", Severity.ERROR), Map.of(), FixtureHarness.FIXTURE_DATE, 2,
                LintRequest.DEFAULT_MAX_FILE_BYTES);
        Map<String, Severity> severities = severitiesByFile(
                new LintEngine(RuleSet.discover(getClass().getClassLoader())).run(request).findings());
        assertEquals(5, severities.size());
        severities.values().forEach(severity -> assertEquals(Severity.ERROR, severity));
    }

    private static Map<String, Severity> severitiesByFile(List<Finding> findings) {
        Map<String, Severity> severities = new TreeMap<>();
        findings.stream()
                .filter(f -> f.ruleId().equals("SL106"))
                .forEach(f -> severities.put(f.path().substring(f.path().lastIndexOf('/') + 1), f.severity()));
        return severities;
    }
}
