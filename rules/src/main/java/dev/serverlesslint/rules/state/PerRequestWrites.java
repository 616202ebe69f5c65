package dev.serverlesslint.rules.state;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;
import dev.serverlesslint.core.java.JavaSource;
import dev.serverlesslint.core.java.JavaSymbols;
import dev.serverlesslint.core.requestpath.CallChain;
import dev.serverlesslint.core.requestpath.InitOnce;
import dev.serverlesslint.core.rule.RuleContext;

import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * Finds field writes that run on every invocation and carry state into the next one. Left out, as
 * they do not leak: lazy initialisation ({@link InitOnce}); a plain overwrite at the top level of
 * the handler method itself ({@code this.context = context;}), or an assignment on every path of
 * the handler method before any read ({@link DefiniteAssignment}), which resets the field on every
 * invocation before anything reads it; and cache fills guarded by a lookup of the same field
 * ({@code if (!CACHE.containsKey(k)) CACHE.put(k, v)}); flags set to a constant; and mutations in the
 * handler method of a field it resets at its start ({@code records = new ArrayList<>();}).
 */
final class PerRequestWrites {

    private PerRequestWrites() {
    }

    static void forEach(JavaSource source, RuleContext context, Predicate<FieldWrite> selected,
                        BiConsumer<FieldWrite, CallChain> action) {
        if (!context.model().requestPaths().reaches(source.unit())) {
            return;
        }
        source.unit().walk(Expression.class, expression -> FieldWrite.of(expression, context.model().symbols())
                .filter(selected)
                // under Lambda Managed Instances SL114 reports the write instead (one finding, not two)
                .filter(write -> ConcurrentWrites.chainIfConcurrent(write, context).isEmpty())
                .ifPresent(write -> context.model().requestPaths().chainTo(expression)
                        .filter(chain -> !InitOnce.isGuarded(expression))
                        .filter(chain -> !resetsEveryInvocation(write, chain, context.model().symbols()))
                        .filter(chain -> !isGuardedByLookup(write))
                        .filter(chain -> !isIdempotentFlag(write))
                        .filter(chain -> !isResetEarlierInHandler(write, chain, context.model().symbols()))
                        .ifPresent(chain -> action.accept(write, chain))));
    }

    /** {@code field = value;} as a statement of the handler method's own body, the value not reading the field. */
    private static boolean resetsEveryInvocation(FieldWrite write, CallChain chain, JavaSymbols symbols) {
        if (!write.plainAssignment() || chain.length() != 1) {
            return false;
        }
        String name = write.field().name();
        boolean valueReadsField = write.value().map(value -> value.findAll(NameExpr.class).stream()
                        .anyMatch(n -> n.getNameAsString().equals(name) && symbols.local(name, n).isEmpty())
                        || value.findAll(FieldAccessExpr.class).stream().anyMatch(f -> f.getNameAsString().equals(name)))
                .orElse(true);
        if (valueReadsField) {
            return false;
        }
        Node statement = write.expression().getParentNode().orElse(null);
        Node block = statement == null ? null : statement.getParentNode().orElse(null);
        if (statement instanceof ExpressionStmt && block instanceof BlockStmt
                && block.getParentNode().orElse(null) instanceof MethodDeclaration) {
            return true;
        }
        // if (v2) { service = new V2(); } else { service = new V1(); }: assigned on every path before any read
        return write.expression().findAncestor(MethodDeclaration.class)
                .flatMap(MethodDeclaration::getBody)
                .filter(body -> DefiniteAssignment.assignedBeforeRead(body, write.expression(), name))
                .isPresent();
    }

    /**
     * A mutation in the handler method after a top-level reset of the same field
     * ({@code records = new ArrayList<>(); ... records.add(r);}): it starts empty on every invocation.
     */
    private static boolean isResetEarlierInHandler(FieldWrite write, CallChain chain, JavaSymbols symbols) {
        if (write.plainAssignment() || chain.length() != 1) {
            return false;
        }
        Optional<MethodDeclaration> handler = write.expression().findAncestor(MethodDeclaration.class);
        Optional<BlockStmt> body = handler.flatMap(MethodDeclaration::getBody);
        int writeLine = write.expression().getBegin().map(p -> p.line).orElse(0);
        if (body.isEmpty()) {
            return false;
        }
        for (Statement statement : body.get().getStatements()) {
            if (statement.getBegin().map(p -> p.line).orElse(Integer.MAX_VALUE) >= writeLine) {
                break;
            }
            if (statement instanceof ExpressionStmt expression && expression.getExpression() instanceof AssignExpr assign
                    && assign.getOperator() == AssignExpr.Operator.ASSIGN
                    && symbols.field(assign.getTarget()).filter(f -> f.variable() == write.field().variable()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Setting a flag or map entry to a constant ({@code isColdStart = false}, {@code HEADERS.put("k", "v")},
     * {@code initialised.compareAndSet(false, true)},
     * {@code instance.compareAndSet(null, created)}): after the first invocation it changes nothing, and
     * recording that an environment has already served a request is deliberate.
     */
    private static boolean isIdempotentFlag(FieldWrite write) {
        if (write.plainAssignment()) {
            return write.value().filter(BooleanLiteralExpr.class::isInstance).isPresent();
        }
        if (write.expression() instanceof MethodCallExpr put && put.getNameAsString().equals("put")
                && put.getArguments().stream().allMatch(LiteralExpr.class::isInstance)) {
            return true; // HEADERS.put("Content-Type", "application/json"): the same entry every time
        }
        return write.expression() instanceof MethodCallExpr call && call.getNameAsString().equals("compareAndSet")
                && call.getArguments().size() == 2
                && (call.getArgument(0) instanceof NullLiteralExpr
                || (call.getArgument(0) instanceof BooleanLiteralExpr && call.getArgument(1) instanceof BooleanLiteralExpr));
    }

    /** A mutating call inside an {@code if} whose condition looks the same field up first. */
    private static boolean isGuardedByLookup(FieldWrite write) {
        if (write.plainAssignment()) {
            return false;
        }
        Node current = write.expression();
        while (current != null && !(current instanceof MethodDeclaration)) {
            if (current.getParentNode().orElse(null) instanceof IfStmt ifStmt && ifStmt.getCondition() != current
                    && mentions(ifStmt.getCondition(), write.field().name())) {
                return true;
            }
            current = current.getParentNode().orElse(null);
        }
        return false;
    }

    private static boolean mentions(Node node, String name) {
        return node.findAll(NameExpr.class).stream().anyMatch(n -> n.getNameAsString().equals(name))
                || node.findAll(FieldAccessExpr.class).stream().anyMatch(f -> f.getNameAsString().equals(name));
    }
}
