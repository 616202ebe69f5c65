package dev.serverlesslint.rules.durable;

import dev.serverlesslint.core.finding.Finding;
import dev.serverlesslint.fixtures.FixtureHarness;
import dev.serverlesslint.fixtures.FixtureProjects;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** SL221 says how the function is named without a qualifier and what to point at instead. */
class DurableUnqualifiedTargetMessageTest {

    @Test
    void messagesSayHowTheFunctionIsNamed() {
        List<Finding> findings = FixtureHarness.lint(FixtureProjects.project("sl221-durable-unqualified-target"))
                .findings().stream().filter(f -> f.ruleId().equals("SL221")).toList();
        assertEquals("Durable function 'FulfilmentWorkflow' has no 'AutoPublishAlias', so its events and callers "
                        + "start executions on the unqualified function; durable executions must be started through "
                        + "a version or alias. Add 'AutoPublishAlias: live' (its events then invoke the alias) and "
                        + "give callers the alias ARN.",
                message(findings, "FulfilmentWorkflow"));
        assertEquals("'ReminderRule' invokes durable function 'ApprovalFunction' by its unqualified name "
                        + "'arn:aws:lambda:eu-west-1:123456789012:function:approval-workflow': durable executions must "
                        + "be started through a version or alias. Point it at an alias or version (e.g. an "
                        + "AWS::Lambda::Alias, or '!Ref' of one).",
                findings.stream().filter(f -> f.message().startsWith("'ReminderRule'")).findFirst().orElseThrow().message());
        assertEquals(List.of("ApprovalFunction", "ApprovalFunction", "FulfilmentWorkflow", "RefundWorkflow", "onboardCustomer"),
                findings.stream().map(Finding::function).sorted().toList());
    }

    private static String message(List<Finding> findings, String function) {
        return findings.stream().filter(f -> function.equals(f.function())).findFirst().orElseThrow().message();
    }
}
