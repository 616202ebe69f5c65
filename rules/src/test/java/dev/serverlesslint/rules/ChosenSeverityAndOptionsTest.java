package dev.serverlesslint.rules;

import dev.serverlesslint.core.engine.LintEngine;
import dev.serverlesslint.core.engine.LintRequest;
import dev.serverlesslint.core.engine.LintResult;
import dev.serverlesslint.core.engine.RuleSet;
import dev.serverlesslint.core.finding.Finding;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.rule.RuleOptions;
import dev.serverlesslint.fixtures.FixtureHarness;
import dev.serverlesslint.fixtures.FixtureProjects;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Severities the config rules choose per case, their override by configuration, and rule options. */
class ChosenSeverityAndOptionsTest {

    private static final RuleSet RULES = RuleSet.discover(ChosenSeverityAndOptionsTest.class.getClassLoader());

    private static LintResult lint(String project, Map<String, Severity> severities, Map<String, RuleOptions> options,
                                   LocalDate asOf) {
        LintRequest request = new LintRequest(FixtureProjects.project(project), List.of(),
                LintRequest.of(FixtureProjects.project(project)).selection(), Set.of(), Set.of(), severities, options,
                asOf, 2, LintRequest.DEFAULT_MAX_FILE_BYTES);
        return new LintEngine(RULES).run(request);
    }

    private static LintResult lint(String project) {
        return lint(project, Map.of(), Map.of(), FixtureHarness.FIXTURE_DATE);
    }

    private static Severity severityOf(LintResult result, String ruleId, String function) {
        List<Finding> matching = result.findings().stream()
                .filter(f -> f.ruleId().equals(ruleId) && function.equals(f.function()))
                .toList();
        assertEquals(1, matching.size(), ruleId + " findings for " + function + ": " + matching);
        return matching.get(0).severity();
    }

    private static List<String> functionsWith(LintResult result, String ruleId) {
        return result.findings().stream().filter(f -> f.ruleId().equals(ruleId))
                .map(f -> f.path() + ":" + f.function()).sorted().toList();
    }

    @Test
    void reservedConcurrencyIsANoteWithoutEventSource() {
        LintResult result = lint("sl205-reserved-concurrency");
        assertEquals(Severity.WARNING, severityOf(result, "SL205", "settle"));
        assertEquals(Severity.NOTE, severityOf(result, "SL205", "recalculate"));
        assertEquals(Severity.WARNING, severityOf(result, "SL205", "LedgerFunction"));
    }

    @Test
    void configuredSeverityWinsOverTheRulesChoice() {
        LintResult result = lint("sl205-reserved-concurrency", Map.of("SL205", Severity.ERROR), Map.of(),
                FixtureHarness.FIXTURE_DATE);
        assertEquals(Severity.ERROR, severityOf(result, "SL205", "settle"));
        assertEquals(Severity.ERROR, severityOf(result, "SL205", "recalculate"));
    }

    @Test
    void visibilityBelowTheFunctionTimeoutIsAnError() {
        LintResult result = lint("sl204-queue-visibility");
        assertEquals(Severity.WARNING, severityOf(result, "SL204", "InvoiceFunction"));
        assertEquals(Severity.ERROR, severityOf(result, "SL204", "RefundFunction"));
        assertEquals(Severity.WARNING, severityOf(result, "SL204", "ReceiptFunction"));
        assertEquals(Severity.ERROR, severityOf(result, "SL204", "IngestFunction"));
    }

    @Test
    void deprecatedRuntimeIsAnErrorAfterTheDateAndAWarningBefore() {
        LintResult result = lint("sl206-deprecated-runtime");
        assertEquals(Severity.ERROR, severityOf(result, "SL206", "report"));
        assertEquals(Severity.ERROR, severityOf(result, "SL206", "forecast"));
        assertEquals(Severity.WARNING, severityOf(result, "SL206", "billing"));
        assertEquals(Severity.WARNING, severityOf(result, "SL206", "mailer"));
        assertEquals(Severity.WARNING, severityOf(result, "SL206", "NodeFunction"));
    }

    @Test
    void deprecatedRuntimeDependsOnTheAsOfDate() {
        LintResult early = lint("sl206-deprecated-runtime", Map.of(), Map.of(), LocalDate.of(2023, 1, 1));
        assertEquals(List.of(), functionsWith(early, "SL206"));
        LintResult late = lint("sl206-deprecated-runtime", Map.of(), Map.of(), LocalDate.of(2027, 6, 30));
        assertEquals(Severity.ERROR, severityOf(late, "SL206", "convert")); // java17, deprecated 2027-06-30
        assertEquals(Severity.ERROR, severityOf(late, "SL206", "OrdersFunction")); // java11 from Globals
        assertEquals(List.of(), late.findings().stream() // java21: deprecated 2029-06-30, not yet
                .filter(f -> f.ruleId().equals("SL206") && "translate".equals(f.function())).toList());
    }

    @Test
    void maxApiTimeoutOptionRaisesTheLimit() {
        LintResult result = lint("sl203-api-timeout", Map.of(),
                Map.of("SL203", new RuleOptions(Map.of("maxApiTimeout", "60"))), FixtureHarness.FIXTURE_DATE);
        // PreviewFunction: its event sets its own 10 s integration timeout, which the option does not change
        assertEquals(List.of("legacy-api.template.json:LookupFunction", "sam/template.yaml:PreviewFunction",
                        "sam/template.yaml:QuoteFunction"),
                functionsWith(result, "SL203"));
    }
}
