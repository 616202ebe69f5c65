package dev.serverlesslint.core.requestpath;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import dev.serverlesslint.core.java.JavaSymbols;
import dev.serverlesslint.core.java.ProjectTypes;

import java.util.Optional;
import java.util.Set;

/**
 * The AWS Durable Execution SDK for Java ({@code software.amazon.lambda.durable}) as the request-path
 * model sees it: which calls are durable operations, and which functions passed to them run inside the
 * operation rather than on every replay. Names from the SDK's README and docs/core/*.md
 * (aws/aws-durable-execution-sdk-java): a handler extends {@code DurableHandler<I, O>} and implements
 * {@code handleRequest(I, DurableContext)}; {@code DurableContext} offers {@code step}, {@code wait},
 * {@code invoke}, {@code createCallback}, {@code waitForCallback}, {@code runInChildContext}, {@code map},
 * {@code parallel} (whose future registers {@code branch}es) and {@code waitForCondition}, most with an
 * {@code ...Async} twin.
 *
 * <p>A receiver counts as a durable context when it is a variable declared {@code DurableContext}, or the
 * parameter of a function that a child-context operation ({@code runInChildContext}, {@code map},
 * {@code branch}) hands a fresh context; a parallel future is a variable declared
 * {@code ParallelDurableFuture} or initialised from {@code parallel(..)}.
 */
public final class DurableOperations {

    /** The SDK's handler base class. */
    public static final String HANDLER_BASE = "DurableHandler";
    private static final String CONTEXT_TYPE = "DurableContext";
    private static final String PARALLEL_TYPE = "ParallelDurableFuture";

    private static final Set<String> CONTEXT_OPERATIONS = Set.of(
            "step", "stepAsync", "wait", "waitAsync", "invoke", "invokeAsync", "createCallback",
            "waitForCallback", "waitForCallbackAsync", "runInChildContext", "runInChildContextAsync",
            "map", "mapAsync", "parallel", "waitForCondition", "waitForConditionAsync");
    /** Operations whose function argument runs as a step (it receives a {@code StepContext}). */
    private static final Set<String> STEP_OPERATIONS = Set.of(
            "step", "stepAsync", "waitForCallback", "waitForCallbackAsync", "waitForCondition",
            "waitForConditionAsync");
    /** Operations whose function argument receives a child {@code DurableContext}. */
    private static final Set<String> CHILD_CONTEXT_OPERATIONS = Set.of(
            "runInChildContext", "runInChildContextAsync", "map", "mapAsync", "branch");
    /** Operations that take a name as their first argument and are checkpointed under it. */
    private static final Set<String> NAMED_OPERATIONS = Set.of(
            "step", "stepAsync", "wait", "waitAsync", "invoke", "invokeAsync", "createCallback",
            "waitForCallback", "waitForCallbackAsync", "runInChildContext", "runInChildContextAsync",
            "map", "mapAsync", "parallel", "waitForCondition", "waitForConditionAsync", "branch");

    private final JavaSymbols symbols;

    public DurableOperations(JavaSymbols symbols) {
        this.symbols = symbols;
    }

    /** Whether a class declares the SDK's {@code DurableHandler} as its superclass (directly). */
    public static boolean extendsHandlerBase(TypeDeclaration<?> type) {
        return ProjectTypes.declaredSupertypes(type).stream().anyMatch(t -> t.getNameAsString().equals(HANDLER_BASE));
    }

    /** Whether a supertype name as written ({@code a.b.DurableHandler}) names the SDK's {@code DurableHandler}. */
    public static boolean namesHandlerBase(String nameAsWritten) {
        return nameAsWritten.substring(nameAsWritten.lastIndexOf('.') + 1).equals(HANDLER_BASE);
    }

    /** Whether the call is a durable operation on a durable context or a parallel future. */
    public boolean isOperation(MethodCallExpr call) {
        String name = call.getNameAsString();
        if (call.getScope().isEmpty()) {
            return false;
        }
        Expression scope = call.getScope().get();
        if (name.equals("branch")) {
            return isParallelFuture(scope);
        }
        return CONTEXT_OPERATIONS.contains(name) && isContext(scope);
    }

    /** Whether the operation's first argument is the name it is checkpointed under. */
    public static boolean isNamed(MethodCallExpr operation) {
        return NAMED_OPERATIONS.contains(operation.getNameAsString()) && operation.getArguments().isNonEmpty();
    }

    /** Whether a function passed to this operation runs as a step (no durable operations allowed in it). */
    public static boolean runsAsStep(MethodCallExpr operation) {
        return STEP_OPERATIONS.contains(operation.getNameAsString());
    }

    /**
     * The durable operation that a lambda or method reference is an argument of, if any: its body runs
     * inside that operation (checkpointed, not on every replay).
     */
    public Optional<MethodCallExpr> operationOf(Node function) {
        if (!(function instanceof LambdaExpr) && !(function instanceof MethodReferenceExpr)) {
            return Optional.empty();
        }
        return function.getParentNode()
                .filter(MethodCallExpr.class::isInstance)
                .map(MethodCallExpr.class::cast)
                .filter(call -> call.getArguments().stream().anyMatch(argument -> argument == function))
                .filter(this::isOperation);
    }

    private boolean isContext(Expression scope) {
        if (!(scope instanceof NameExpr name)) {
            return false;
        }
        Optional<JavaSymbols.LocalVariable> local = symbols.local(name.getNameAsString(), name);
        if (local.isEmpty()) {
            return false;
        }
        if (isNamed(local.get().type(), CONTEXT_TYPE)) {
            return true;
        }
        // (item, index, childCtx) -> ..., child -> ...: the context a child-context operation passes in
        Node declaration = local.get().declaration();
        if (declaration instanceof Parameter parameter && parameter.getParentNode().orElse(null) instanceof LambdaExpr lambda) {
            boolean last = lambda.getParameters().get(lambda.getParameters().size() - 1) == parameter;
            return last && lambda.getParentNode().filter(MethodCallExpr.class::isInstance)
                    .map(MethodCallExpr.class::cast)
                    .filter(call -> CHILD_CONTEXT_OPERATIONS.contains(call.getNameAsString()))
                    .filter(this::isOperation)
                    .isPresent();
        }
        return false;
    }

    private boolean isParallelFuture(Expression scope) {
        if (!(scope instanceof NameExpr name)) {
            return false;
        }
        Optional<JavaSymbols.LocalVariable> local = symbols.local(name.getNameAsString(), name);
        if (local.isEmpty()) {
            return false;
        }
        if (isNamed(local.get().type(), PARALLEL_TYPE)) {
            return true;
        }
        return local.get().declaration() instanceof VariableDeclarator && local.get().initializer()
                .filter(MethodCallExpr.class::isInstance)
                .map(MethodCallExpr.class::cast)
                .filter(init -> init.getNameAsString().equals("parallel") && isOperation(init))
                .isPresent();
    }

    private static boolean isNamed(Type type, String simpleName) {
        return type instanceof ClassOrInterfaceType classType && classType.getNameAsString().equals(simpleName);
    }
}
