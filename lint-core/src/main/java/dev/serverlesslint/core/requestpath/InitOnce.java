package dev.serverlesslint.core.requestpath;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.ThrowStmt;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises request-path code that runs at most once per execution environment because it is
 * guarded by lazy initialisation, so rules treat it like init code:
 * <ul>
 *   <li>{@code if (client == null) { client = ...; }} (also {@code this.client}, {@code Holder.client},
 *       {@code null == client}, combined with {@code &&}/{@code ||}, nested in double-checked locking);</li>
 *   <li>a boolean flag: {@code if (!initialised) { ...; initialised = true; }};</li>
 *   <li>an early return: {@code if (client != null) return client; client = ...;} (also written
 *       {@code Objects.nonNull(client)} or {@code !Objects.isNull(client)});</li>
 *   <li>the mapping function of {@code computeIfAbsent(key, k -> ...)} (once per key);</li>
 *   <li>re-creation after a failure: {@code catch (SQLException e) { connection = ...; }} assigns a field
 *       of the class in a catch block, the usual way to replace a stale connection or client.</li>
 * </ul>
 * A guard only counts when its branch assigns the very field it checks.
 */
public final class InitOnce {

    private static final Set<String> MEMOIZING_CALLS = Set.of("computeIfAbsent", "memoize");

    private InitOnce() {
    }

    /** Whether {@code node} is inside a lazy-initialisation guard (see the class comment). */
    public static boolean isGuarded(Node node) {
        Node child = node;
        Node current = node.getParentNode().orElse(null);
        while (current != null && !(current instanceof TypeDeclaration<?>)) {
            if (current instanceof IfStmt ifStmt && ifStmt.getThenStmt() == child) {
                Set<String> unset = new HashSet<>();
                collectUnsetChecks(ifStmt.getCondition(), unset);
                if (!unset.isEmpty() && assignsAny(ifStmt.getThenStmt(), unset)) {
                    return true;
                }
            } else if (current instanceof BlockStmt block && child instanceof Statement statement
                    && followsEarlyReturnGuard(block, statement)) {
                return true;
            } else if (current instanceof LambdaExpr lambda && isMemoizingFunction(lambda)) {
                return true;
            } else if (current instanceof CatchClause && isFieldReassignment(node)) {
                return true;
            }
            child = current;
            current = current.getParentNode().orElse(null);
        }
        return false;
    }

    /** {@code node} is the value assigned to a field of its class ({@code this.x = node} or {@code x = node}). */
    private static boolean isFieldReassignment(Node node) {
        Optional<AssignExpr> assignment = node.getParentNode()
                .filter(AssignExpr.class::isInstance)
                .map(AssignExpr.class::cast)
                .filter(assign -> assign.getValue() == node && assign.getOperator() == AssignExpr.Operator.ASSIGN);
        if (assignment.isEmpty()) {
            return false;
        }
        Expression target = assignment.get().getTarget();
        if (target instanceof FieldAccessExpr access && access.getScope() instanceof ThisExpr) {
            return true;
        }
        if (!(target instanceof NameExpr name)) {
            return false;
        }
        String field = name.getNameAsString();
        boolean declaredLocally = assignment.get().findAncestor(com.github.javaparser.ast.body.CallableDeclaration.class)
                .map(method -> method.findAll(com.github.javaparser.ast.body.VariableDeclarator.class).stream()
                        .anyMatch(v -> v.getNameAsString().equals(field))
                        || method.findAll(com.github.javaparser.ast.body.Parameter.class).stream()
                        .anyMatch(p -> p.getNameAsString().equals(field)))
                .orElse(false);
        boolean isField = assignment.get().findAncestor(TypeDeclaration.class)
                .map(type -> type.getFieldByName(field).isPresent())
                .orElse(false);
        return isField && !declaredLocally;
    }

    /** Names checked as "not yet initialised": {@code x == null}, {@code null == x}, {@code !x}, {@code x == false}. */
    private static void collectUnsetChecks(Expression condition, Set<String> names) {
        Expression expression = unwrap(condition);
        if (expression instanceof BinaryExpr binary) {
            switch (binary.getOperator()) {
                case AND, OR -> {
                    collectUnsetChecks(binary.getLeft(), names);
                    collectUnsetChecks(binary.getRight(), names);
                }
                case EQUALS -> {
                    if (isNullOrFalse(binary.getRight())) {
                        assignedName(binary.getLeft()).ifPresent(names::add);
                    } else if (isNullOrFalse(binary.getLeft())) {
                        assignedName(binary.getRight()).ifPresent(names::add);
                    }
                }
                default -> {
                }
            }
        } else if (expression instanceof UnaryExpr unary && unary.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
            Expression negated = unwrap(unary.getExpression());
            if (isObjectsCheck(negated, "nonNull")) {
                assignedName(((MethodCallExpr) negated).getArgument(0)).ifPresent(names::add);
            } else {
                assignedName(negated).ifPresent(names::add);
            }
        } else if (isObjectsCheck(expression, "isNull")) {
            assignedName(((MethodCallExpr) expression).getArgument(0)).ifPresent(names::add);
        }
    }

    /** Names checked as "already initialised": {@code x != null}, {@code x} (a flag), {@code x == true}. */
    private static void collectSetChecks(Expression condition, Set<String> names) {
        Expression expression = unwrap(condition);
        if (expression instanceof BinaryExpr binary) {
            if (binary.getOperator() == BinaryExpr.Operator.NOT_EQUALS) {
                if (binary.getRight() instanceof NullLiteralExpr) {
                    assignedName(binary.getLeft()).ifPresent(names::add);
                } else if (binary.getLeft() instanceof NullLiteralExpr) {
                    assignedName(binary.getRight()).ifPresent(names::add);
                }
            } else if (binary.getOperator() == BinaryExpr.Operator.AND) {
                collectSetChecks(binary.getLeft(), names);
                collectSetChecks(binary.getRight(), names);
            }
        } else if (expression instanceof NameExpr || expression instanceof FieldAccessExpr) {
            assignedName(expression).ifPresent(names::add);
        } else if (isObjectsCheck(expression, "nonNull")) {
            assignedName(((MethodCallExpr) expression).getArgument(0)).ifPresent(names::add);
        } else if (expression instanceof UnaryExpr unary && unary.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT
                && isObjectsCheck(unwrap(unary.getExpression()), "isNull")) {
            assignedName(((MethodCallExpr) unwrap(unary.getExpression())).getArgument(0)).ifPresent(names::add);
        }
    }

    /** {@code Objects.isNull(x)} / {@code Objects.nonNull(x)} (or statically imported). */
    private static boolean isObjectsCheck(Expression expression, String name) {
        return expression instanceof MethodCallExpr call && call.getNameAsString().equals(name)
                && call.getArguments().size() == 1;
    }

    /** {@code if (client != null) return client;} earlier in the block, and the block assigns {@code client}. */
    private static boolean followsEarlyReturnGuard(BlockStmt block, Statement statement) {
        Set<String> names = new HashSet<>();
        for (Statement earlier : block.getStatements()) {
            if (earlier == statement) {
                break;
            }
            if (earlier instanceof IfStmt guard && guard.getElseStmt().isEmpty() && exits(guard.getThenStmt())) {
                collectSetChecks(guard.getCondition(), names);
            }
        }
        return !names.isEmpty() && assignsAny(block, names);
    }

    private static boolean exits(Statement statement) {
        if (statement instanceof ReturnStmt || statement instanceof ThrowStmt) {
            return true;
        }
        return statement instanceof BlockStmt block && !block.getStatements().isEmpty()
                && exits(block.getStatements().getLast().orElseThrow());
    }

    private static boolean isMemoizingFunction(LambdaExpr lambda) {
        return lambda.getParentNode()
                .filter(MethodCallExpr.class::isInstance)
                .map(MethodCallExpr.class::cast)
                .filter(call -> MEMOIZING_CALLS.contains(call.getNameAsString()))
                .filter(call -> call.getArguments().stream().anyMatch(argument -> argument == lambda))
                .isPresent();
    }

    private static boolean assignsAny(Node scope, Set<String> names) {
        for (AssignExpr assign : scope.findAll(AssignExpr.class)) {
            if (assign.getOperator() == AssignExpr.Operator.ASSIGN
                    && assignedName(assign.getTarget()).filter(names::contains).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNullOrFalse(Expression expression) {
        return expression instanceof NullLiteralExpr
                || (expression instanceof BooleanLiteralExpr literal && !literal.getValue());
    }

    private static Expression unwrap(Expression expression) {
        Expression current = expression;
        while (current instanceof EnclosedExpr enclosed) {
            current = enclosed.getInner();
        }
        return current;
    }

    /** {@code client}, {@code this.client} or {@code Holder.client}: the field's simple name. */
    public static Optional<String> assignedName(Expression target) {
        if (target instanceof NameExpr name) {
            return Optional.of(name.getNameAsString());
        }
        if (target instanceof FieldAccessExpr access
                && (access.getScope() instanceof ThisExpr || access.getScope() instanceof NameExpr
                || access.getScope() instanceof FieldAccessExpr)) {
            return Optional.of(access.getNameAsString());
        }
        return Optional.empty();
    }
}
