package dev.serverlesslint.rules.clients;

import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.IfStmt;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.finding.SourcePosition;
import dev.serverlesslint.core.java.JavaSource;
import dev.serverlesslint.core.rule.JavaRule;
import dev.serverlesslint.core.rule.RuleContext;
import dev.serverlesslint.core.rule.RuleDefinition;
import dev.serverlesslint.core.requestpath.CallChain;

import java.util.Optional;

/** SL103: SDK/HTTP clients, connections, mappers or containers created on every invocation. */
@RuleDefinition(
        id = "SL103",
        name = "handler-scoped-client",
        severity = Severity.WARNING,
        summary = "Heavy initialisation (SDK or HTTP client, connection, JSON mapper, DI container) "
                + "runs in the handler, on every invocation.",
        description = "Lambda reuses an execution environment for many invocations, and work done in "
                + "the init phase (static initialisers, field initialisers, the constructor) is done "
                + "once per environment. Building an AWS SDK client, an HTTP client, a JDBC "
                + "connection, an ObjectMapper or a DI container inside the handler repeats that "
                + "work, its TLS handshakes and its class loading on every request, adding latency "
                + "and cost, and can exhaust connections.",
        remediation = "Create the object once, in a static final field, a field initialiser or the "
                + "handler's constructor, and reuse it in the handler. Lazy creation guarded by "
                + "'if (client == null)' is also fine.")
public final class HandlerScopedClientRule implements JavaRule {

    @Override
    public void check(JavaSource source, RuleContext context) {
        source.unit().walk(Expression.class, expression -> HeavyInitCatalog.match(expression)
                .filter(init -> !isLazyInitialisation(init.expression()))
                .ifPresent(init -> context.model().requestPaths().chainTo(expression)
                        .ifPresent(chain -> report(context, chain, init))));
    }

    private static void report(RuleContext context, CallChain chain, HeavyInitCatalog.HeavyInit init) {
        SourcePosition position = init.expression().getBegin()
                .map(p -> new SourcePosition(p.line, p.column))
                .orElse(SourcePosition.START);
        context.report(position, chain.describe() + " creates a " + init.kind() + " ("
                + init.description() + ") on every invocation. Create it once during init (a static "
                + "final field or the constructor) and reuse it.");
    }

    /**
     * The lazy-initialisation idiom, {@code if (client == null) { client = ...build(); }}: it runs
     * once per execution environment, like init code.
     */
    static boolean isLazyInitialisation(Expression creation) {
        Optional<AssignExpr> assignment = creation.getParentNode()
                .filter(AssignExpr.class::isInstance)
                .map(AssignExpr.class::cast)
                .filter(assign -> assign.getValue() == creation && assign.getOperator() == AssignExpr.Operator.ASSIGN);
        if (assignment.isEmpty()) {
            return false;
        }
        Optional<String> field = fieldName(assignment.get().getTarget());
        if (field.isEmpty()) {
            return false;
        }
        Optional<IfStmt> guard = assignment.get().findAncestor(IfStmt.class);
        while (guard.isPresent()) {
            if (isNullCheckOf(guard.get().getCondition(), field.get())
                    && guard.get().getThenStmt().isAncestorOf(assignment.get())) {
                return true;
            }
            guard = guard.get().findAncestor(IfStmt.class);
        }
        return false;
    }

    private static boolean isNullCheckOf(Expression condition, String field) {
        return condition.findAll(BinaryExpr.class).stream()
                .filter(binary -> binary.getOperator() == BinaryExpr.Operator.EQUALS)
                .anyMatch(binary -> (binary.getRight() instanceof NullLiteralExpr
                        && fieldName(binary.getLeft()).filter(field::equals).isPresent())
                        || (binary.getLeft() instanceof NullLiteralExpr
                        && fieldName(binary.getRight()).filter(field::equals).isPresent()));
    }

    /** {@code client}, {@code this.client} or {@code Holder.client}: the assigned name. */
    private static Optional<String> fieldName(Expression target) {
        if (target instanceof NameExpr name) {
            return Optional.of(name.getNameAsString());
        }
        if (target instanceof FieldAccessExpr access
                && (access.getScope() instanceof ThisExpr || access.getScope() instanceof NameExpr)) {
            return Optional.of(access.getNameAsString());
        }
        return Optional.empty();
    }
}
