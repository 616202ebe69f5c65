package dev.serverlesslint.rules.durable;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
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
import java.util.Set;

/**
 * SL118: code of a durable handler that runs again on every replay (outside the functions passed to
 * durable operations, across files) and reads the clock, draws random values, does I/O, writes
 * static state, or reads static state that other executions may change. The durable SDK replays the
 * handler from the top after each suspension and returns
 * checkpointed results for completed operations; everything else must take the same path.
 */
@RuleDefinition(
        id = "SL118",
        name = "durable-nondeterminism",
        severity = Severity.ERROR,
        category = RuleCategory.RELIABILITY,
        precision = RulePrecision.HIGH,
        summary = "A durable handler reads the clock, draws random values, does I/O or writes static state outside a durable operation.",
        description = "A durable function is replayed from the top after every wait, callback and retry; completed "
                + "durable operations (ctx.step, wait, invoke, map, ...) return their checkpointed results, and all "
                + "other code runs again. A clock read, random value or UUID outside an operation has a new value on "
                + "each replay, a service or database call outside an operation runs again (and may answer "
                + "differently), and a static field carries values between executions: the replay takes another "
                + "branch or runs a later step with other inputs than the original run.",
        remediation = "Move the call into ctx.step(..) so its result is checkpointed and replayed, e.g. "
                + "Instant start = ctx.step(\"start-time\", Instant.class, s -> Instant.now()). Keep code between "
                + "operations deterministic: derived only from the input and from operation results.")
public final class DurableNondeterminismRule implements JavaRule {

    private static final Set<String> SIMPLE_TYPES = Set.of("String", "Integer", "Long", "Boolean", "Double",
            "Instant", "Duration");

    @Override
    public void check(JavaSource source, RuleContext context) {
        if (!context.model().requestPaths().reaches(source.unit())) {
            return;
        }
        JavaSymbols symbols = context.model().symbols();
        DurableOperations operations = new DurableOperations(symbols);
        source.unit().walk(Expression.class, expression -> {
            Optional<String> what = ReplayUnsafeCalls.describe(expression, symbols)
                    .or(() -> staticWrite(expression, symbols))
                    .or(() -> mutableStaticRead(expression, symbols));
            if (what.isEmpty() || isOperationName(expression, operations)) {
                return; // a name computed from such a value is SL120's finding
            }
            context.model().requestPaths().replayChainTo(expression).ifPresent(chain -> context.report(
                    position(expression), chain.describe() + " " + what.get() + " outside any durable operation: "
                            + "the durable handler runs again from the top on every replay, so this differs between "
                            + "replays and later steps can get other inputs. Move it into ctx.step(..) so its result "
                            + "is checkpointed."));
        });
    }

    private static Optional<String> staticWrite(Expression expression, JavaSymbols symbols) {
        Expression target = expression instanceof AssignExpr assign ? assign.getTarget()
                : expression instanceof UnaryExpr unary && unary.getOperator().isPostfix() | isPrefixStep(unary)
                ? unary.getExpression() : null;
        if (target == null) {
            return Optional.empty();
        }
        return symbols.field(target).filter(JavaSymbols.FieldRef::isStatic)
                .map(field -> "writes static field '" + field.name() + "'");
    }

    /**
     * A read of a static, non-final field of a simple type (a counter, flag or setting): state that other
     * executions in the same environment may have changed before this replay.
     */
    private static Optional<String> mutableStaticRead(Expression expression, JavaSymbols symbols) {
        if (!(expression instanceof NameExpr) && !(expression instanceof FieldAccessExpr)) {
            return Optional.empty();
        }
        Node parent = expression.getParentNode().orElse(null);
        boolean written = (parent instanceof AssignExpr assign && assign.getTarget() == expression)
                || parent instanceof UnaryExpr unary && unary.getExpression() == expression
                && (unary.getOperator().isPostfix() || isPrefixStep(unary));
        if (written || parent instanceof FieldAccessExpr) {
            return Optional.empty();
        }
        return symbols.field(expression)
                .filter(field -> field.isStatic() && !field.isFinal())
                .filter(field -> field.type().isPrimitiveType() || SIMPLE_TYPES.contains(field.type().asString()))
                .map(field -> "reads mutable static field '" + field.name() + "'");
    }

    private static boolean isPrefixStep(UnaryExpr unary) {
        return unary.getOperator() == UnaryExpr.Operator.PREFIX_INCREMENT
                || unary.getOperator() == UnaryExpr.Operator.PREFIX_DECREMENT;
    }

    /** Inside the name argument of a durable operation. */
    private static boolean isOperationName(Node node, DurableOperations operations) {
        Node child = node;
        Node current = node.getParentNode().orElse(null);
        while (current instanceof Expression) {
            if (current instanceof MethodCallExpr call && DurableOperations.isNamed(call)
                    && call.getArgument(0) == child && operations.isOperation(call)) {
                return true;
            }
            child = current;
            current = current.getParentNode().orElse(null);
        }
        return false;
    }

    private static SourcePosition position(Node node) {
        return node.getBegin().map(p -> new SourcePosition(p.line, p.column)).orElse(SourcePosition.START);
    }
}
