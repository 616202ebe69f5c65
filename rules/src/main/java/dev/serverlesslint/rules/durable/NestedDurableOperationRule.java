package dev.serverlesslint.rules.durable;

import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.finding.SourcePosition;
import dev.serverlesslint.core.java.JavaSource;
import dev.serverlesslint.core.requestpath.DurableOperations;
import dev.serverlesslint.core.rule.JavaRule;
import dev.serverlesslint.core.rule.RuleContext;
import dev.serverlesslint.core.rule.RuleCategory;
import dev.serverlesslint.core.rule.RuleDefinition;
import dev.serverlesslint.core.rule.RulePrecision;

/**
 * SL119: a durable operation called inside the function passed to a step ({@code step},
 * {@code waitForCallback}'s submitter, {@code waitForCondition}'s check), directly or through calls. A step's
 * function receives a {@code StepContext}, not a {@code DurableContext}; grouping operations is what
 * {@code runInChildContext} is for (durable SDK, docs/core/child-contexts.md).
 */
@RuleDefinition(
        id = "SL119",
        name = "nested-durable-operation",
        severity = Severity.ERROR,
        category = RuleCategory.RELIABILITY,
        precision = RulePrecision.VERY_HIGH,
        summary = "A durable operation is called inside the function passed to a step.",
        description = "The function passed to ctx.step(..) runs as one checkpointed unit: its result is saved "
                + "when it returns and replayed afterwards. A durable operation started inside it (another step, a "
                + "wait, an invoke, a callback) is not part of the operation sequence the SDK replays: the step is "
                + "retried as a whole, the inner operation's checkpoint does not match on replay, and a wait "
                + "inside a step cannot suspend the function.",
        remediation = "Call durable operations between steps, or group them with ctx.runInChildContext(name, "
                + "type, child -> ...), which gives the group its own checkpoint log.")
public final class NestedDurableOperationRule implements JavaRule {

    @Override
    public void check(JavaSource source, RuleContext context) {
        if (!context.model().requestPaths().reaches(source.unit())) {
            return;
        }
        DurableOperations operations = new DurableOperations(context.model().symbols());
        for (MethodCallExpr call : source.unit().findAll(MethodCallExpr.class)) {
            if (!operations.isOperation(call)) {
                continue;
            }
            context.model().requestPaths().stepChainTo(call).ifPresent(chain -> context.report(position(call),
                    chain.describe() + " calls durable operation " + call.getNameAsString() + "(..) inside the "
                            + "function of a step: a step runs as one checkpointed unit and cannot contain "
                            + "durable operations. Call it between steps, or group the operations with "
                            + "ctx.runInChildContext(..)."));
        }
    }

    private static SourcePosition position(MethodCallExpr call) {
        return call.getBegin().map(p -> new SourcePosition(p.line, p.column)).orElse(SourcePosition.START);
    }
}
