package dev.serverlesslint.rules.durable;

import dev.serverlesslint.core.finding.Finding;
import dev.serverlesslint.fixtures.FixtureHarness;
import dev.serverlesslint.fixtures.FixtureProjects;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** SL118-SL120 name the chain from the durable handler (through steps and helpers) and what to do instead. */
class DurableCodeRulesMessageTest {

    private static final List<Finding> FINDINGS = FixtureHarness.lint(
            FixtureProjects.project("sl118-sl120-durable-workflows")).findings();

    @Test
    void nondeterminismThroughAHelperNamesTheChain() {
        assertEquals("OrderWorkflow.handleRequest -> PaymentService.newPaymentId draws a random value "
                        + "(UUID.randomUUID()) outside any durable operation: the durable handler runs again from the "
                        + "top on every replay, so this differs between replays and later steps can get other inputs. "
                        + "Move it into ctx.step(..) so its result is checkpointed.",
                message("SL118", "PaymentService.java", 9));
    }

    @Test
    void nestedOperationNamesTheStepAndTheHelper() {
        assertEquals("OrderWorkflow.handleRequest -> step 'ship' -> ShippingService.dispatch calls durable operation "
                        + "step(..) inside the function of a step: a step runs as one checkpointed unit and cannot "
                        + "contain durable operations. Call it between steps, or group the operations with "
                        + "ctx.runInChildContext(..).",
                message("SL119", "ShippingService.java", 19));
    }

    @Test
    void unstableNameSaysWhatChanges() {
        assertEquals("OrderWorkflow.handleRequest names durable operation wait(..) with a counter (reminders++), "
                        + "which differs when the handler is replayed, so the operation's checkpoint is not found. Use "
                        + "a constant name, or one built only from the input and earlier operation results.",
                message("SL120", "OrderWorkflow.java", 38));
        assertEquals(List.of(), FINDINGS.stream()
                .filter(f -> f.ruleId().equals("SL118") && f.path().endsWith("OrderWorkflow.java") && f.line() == 39)
                .toList(), "a clock read in an operation name is SL120's, not also SL118's");
    }

    private static String message(String rule, String file, int line) {
        return FINDINGS.stream()
                .filter(f -> f.ruleId().equals(rule) && f.path().endsWith("/" + file) && f.line() == line)
                .findFirst().orElseThrow(() -> new AssertionError("no " + rule + " at " + file + ":" + line))
                .message();
    }
}
