package dev.serverlesslint.rules.durable;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.finding.SourcePosition;
import dev.serverlesslint.core.java.JavaSource;
import dev.serverlesslint.core.java.JavaSymbols;
import dev.serverlesslint.core.requestpath.DurableOperations;
import dev.serverlesslint.core.rule.JavaRule;
import dev.serverlesslint.core.rule.RuleContext;
import dev.serverlesslint.core.rule.RuleCategory;
import dev.serverlesslint.core.rule.RuleDefinition;
import dev.serverlesslint.core.rule.RulePrecision;

import java.util.Optional;

/**
 * SL120: the name of a durable operation is built from something that differs on replay. The SDK checkpoints
 * operations under their names and matches them on replay; AWS's best practices: don't rename steps in ways
 * that break replay.
 */
@RuleDefinition(
        id = "SL120",
        name = "unstable-durable-operation-name",
        severity = Severity.WARNING,
        category = RuleCategory.RELIABILITY,
        precision = RulePrecision.HIGH,
        summary = "The name of a durable operation is built from a value that differs on replay (clock, random value, a counter in a field).",
        description = "Durable operations are checkpointed under their names. When the handler is replayed, each "
                + "operation must come back with the same name to find its checkpoint. A name that contains the "
                + "time, a random value or UUID, or a counter kept in a field is different on replay: the "
                + "checkpoint is not found, the step runs again, or the execution fails as non-deterministic.",
        remediation = "Name operations with constants, or with values derived only from the input and from "
                + "earlier operation results (\"charge-\" + order.id(), \"pack-\" + index in a map).")
public final class UnstableDurableOperationNameRule implements JavaRule {

    @Override
    public void check(JavaSource source, RuleContext context) {
        if (!context.model().requestPaths().reaches(source.unit())) {
            return;
        }
        JavaSymbols symbols = context.model().symbols();
        DurableOperations operations = new DurableOperations(symbols);
        for (MethodCallExpr call : source.unit().findAll(MethodCallExpr.class)) {
            if (!DurableOperations.isNamed(call) || !operations.isOperation(call)) {
                continue;
            }
            Expression name = call.getArgument(0);
            unstablePart(name, symbols).ifPresent(part -> context.model().requestPaths().chainTo(call)
                    .ifPresent(chain -> context.report(position(name), chain.describe() + " names durable operation "
                            + call.getNameAsString() + "(..) with " + part + ", which differs when the handler is "
                            + "replayed, so the operation's checkpoint is not found. Use a constant name, or one "
                            + "built only from the input and earlier operation results.")));
        }
    }

    private static Optional<String> unstablePart(Expression name, JavaSymbols symbols) {
        for (Expression part : name.findAll(Expression.class)) {
            Optional<String> unsafe = ReplayUnsafeCalls.describe(part, symbols);
            if (unsafe.isPresent()) {
                return Optional.of("a value that " + unsafe.get());
            }
            if (part instanceof UnaryExpr unary && (unary.getOperator().isPostfix()
                    || unary.getOperator() == UnaryExpr.Operator.PREFIX_INCREMENT
                    || unary.getOperator() == UnaryExpr.Operator.PREFIX_DECREMENT)) {
                return Optional.of("a counter (" + unary + ")");
            }
            Optional<JavaSymbols.FieldRef> field = symbols.field(part).filter(f -> !f.isFinal());
            if (field.isPresent()) {
                return Optional.of("the mutable field '" + field.get().name() + "'");
            }
        }
        return Optional.empty();
    }

    private static SourcePosition position(Expression expression) {
        return expression.getBegin().map(p -> new SourcePosition(p.line, p.column)).orElse(SourcePosition.START);
    }
}
