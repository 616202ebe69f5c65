package dev.serverlesslint.rules.concurrency;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.finding.SourcePosition;
import dev.serverlesslint.core.java.JavaSource;
import dev.serverlesslint.core.java.JavaSymbols;
import dev.serverlesslint.core.rule.JavaRule;
import dev.serverlesslint.core.rule.RuleContext;
import dev.serverlesslint.core.rule.RuleCategory;
import dev.serverlesslint.core.rule.RuleDefinition;
import dev.serverlesslint.core.rule.RulePrecision;

import java.util.Optional;
import java.util.Set;

/**
 * SL108: threads, executor tasks or async futures started on the request path and not awaited
 * before the handler returns. Reported only when the work is clearly left running: the future is
 * discarded (or kept in a local that is never joined), the thread is never joined, the executor is
 * neither shut down and awaited nor closed. A future returned to the caller, stored in a field,
 * or handed to code that may await it is not reported.
 */
@RuleDefinition(
        id = "SL108",
        name = "handler-background-threads",
        severity = Severity.WARNING,
        category = RuleCategory.RELIABILITY,
        precision = RulePrecision.HIGH,
        summary = "The request path starts a thread or async task that is not awaited before the handler returns.",
        description = "Lambda freezes the execution environment as soon as the handler returns. Work "
                + "left running in a thread, an executor or a CompletableFuture is suspended mid-flight: "
                + "it may never finish (the environment can be discarded), it resumes during a later, "
                + "unrelated invocation where it competes for CPU and shows up in that request's logs "
                + "and errors, and failures are lost because nobody observes them.",
        remediation = "Wait for the work before returning (join()/get() on the future, "
                + "CompletableFuture.allOf(..).join(), executor.shutdown() plus awaitTermination(), or "
                + "an executor in try-with-resources). For work that may outlive the request, hand it "
                + "to SQS, EventBridge or Step Functions.")
public final class BackgroundWorkRule implements JavaRule {

    private static final Set<String> EXECUTOR_TYPES = Set.of(
            "Executor", "ExecutorService", "ScheduledExecutorService", "ThreadPoolExecutor",
            "ScheduledThreadPoolExecutor", "ForkJoinPool", "ListeningExecutorService", "ThreadPoolTaskExecutor");
    private static final Set<String> EXECUTOR_SUBMITS = Set.of(
            "submit", "execute", "schedule", "scheduleAtFixedRate", "scheduleWithFixedDelay");
    private static final Set<String> ASYNC_FACTORIES = Set.of("runAsync", "supplyAsync");
    private static final Set<String> CONSUMER_CALLS = Set.of("forEach", "forEachOrdered", "ifPresent", "peek",
            "forEachRemaining", "ifPresentOrElse");
    private static final Set<String> AWAITS = Set.of("join", "get", "allOf", "anyOf", "awaitTermination",
            "invokeAll", "awaitUninterruptibly", "await");

    @Override
    public void check(JavaSource source, RuleContext context) {
        if (!context.model().requestPaths().reaches(source.unit())) {
            return;
        }
        JavaSymbols symbols = context.model().symbols();
        source.unit().walk(MethodCallExpr.class, call -> backgroundStart(call, symbols)
                .filter(description -> !isAwaited(call, symbols))
                .ifPresent(description -> context.model().requestPaths().chainTo(call).ifPresent(chain ->
                        context.report(position(call), chain.describe() + " -> " + description
                                + " starts work that is not awaited before the handler returns: Lambda "
                                + "freezes the environment after the response, so the work stalls, resumes "
                                + "during a later invocation, or is lost. Wait for it (join()/get(), "
                                + "awaitTermination) before returning, or send it to SQS/Step Functions."))));
    }

    /** What the call starts, when it starts background work. */
    private static Optional<String> backgroundStart(MethodCallExpr call, JavaSymbols symbols) {
        String name = call.getNameAsString();
        Optional<Expression> scope = call.getScope();
        if (name.equals("start") && scope.isPresent() && isThread(scope.get(), symbols)) {
            return Optional.of("Thread.start()");
        }
        if (name.equals("startVirtualThread") && scope.filter(s -> s.toString().equals("Thread")).isPresent()) {
            return Optional.of("Thread.startVirtualThread()");
        }
        if (ASYNC_FACTORIES.contains(name) && scope.filter(s -> s.toString().endsWith("CompletableFuture")).isPresent()) {
            return Optional.of("CompletableFuture." + name + "()");
        }
        if (EXECUTOR_SUBMITS.contains(name) && scope.isPresent() && isExecutor(scope.get(), symbols)) {
            return Optional.of(scope.get() + "." + name + "()");
        }
        return Optional.empty();
    }

    private static boolean isThread(Expression receiver, JavaSymbols symbols) {
        if (receiver instanceof ObjectCreationExpr creation) {
            return creation.getType().getNameAsString().equals("Thread");
        }
        if (receiver instanceof NameExpr) {
            Optional<Type> declared = symbols.declaredType(receiver);
            return declared.filter(type -> simpleName(type).equals("Thread")).isPresent();
        }
        return false;
    }

    private static boolean isExecutor(Expression receiver, JavaSymbols symbols) {
        if (receiver instanceof MethodCallExpr factory) {
            return factory.getScope().filter(s -> s.toString().equals("Executors")
                    || s.toString().equals("ForkJoinPool")).isPresent();
        }
        return symbols.declaredType(receiver).filter(type -> EXECUTOR_TYPES.contains(simpleName(type))).isPresent();
    }

    private static String simpleName(Type type) {
        return type instanceof ClassOrInterfaceType classType ? classType.getNameAsString() : type.asString();
    }

    /** Whether the started work is (or may be) awaited before the enclosing method returns. */
    private static boolean isAwaited(MethodCallExpr start, JavaSymbols symbols) {
        Optional<CallableDeclaration> method = start.findAncestor(CallableDeclaration.class);
        if (method.isEmpty()) {
            return true;
        }
        // The executor is closed or awaited in this method, or declared in try-with-resources.
        if (start.getScope().isPresent() && EXECUTOR_SUBMITS.contains(start.getNameAsString())) {
            String executor = start.getScope().get().toString();
            if (isTryResource(start.getScope().get(), symbols) || method.get().findAll(MethodCallExpr.class).stream()
                    .anyMatch(c -> c.getScope().filter(s -> s.toString().equals(executor)).isPresent()
                            && (c.getNameAsString().equals("awaitTermination") || c.getNameAsString().equals("close")
                            || c.getNameAsString().equals("invokeAll")))) {
                return true;
            }
        }
        // A thread kept in a local: joined in this method?
        if (start.getNameAsString().equals("start") && start.getScope().orElse(null) instanceof NameExpr thread) {
            return method.get().findAll(MethodCallExpr.class).stream().anyMatch(c -> c.getNameAsString().equals("join")
                    && c.getScope().filter(s -> s.toString().equals(thread.getNameAsString())).isPresent());
        }
        // Follow the chain: runAsync(..).thenApply(..).join()
        Expression top = start;
        while (top.getParentNode().orElse(null) instanceof MethodCallExpr outer
                && outer.getScope().orElse(null) == top) {
            if (isAwaitCall(outer)) {
                return true;
            }
            top = outer;
        }
        Node parent = top.getParentNode().orElse(null);
        if (parent instanceof ReturnStmt || parent instanceof LambdaExpr) {
            return true; // handed to the caller
        }
        if (parent instanceof ExpressionStmt statement) {
            // An expression lambda's body is wrapped in a statement: the value is the lambda's result,
            // used unless the lambda is a consumer (forEach(r -> executor.submit(..))).
            return statement.getParentNode().orElse(null) instanceof LambdaExpr lambda && !isConsumer(lambda);
        }
        Optional<String> variable = Optional.empty();
        if (parent instanceof VariableDeclarator declarator && declarator.getParentNode().orElse(null) instanceof VariableDeclarationExpr) {
            variable = Optional.of(declarator.getNameAsString());
        } else if (parent instanceof AssignExpr assign && assign.getValue() == top) {
            if (symbols.field(assign.getTarget()).isPresent()) {
                return true; // stored for later
            }
            variable = Optional.of(assign.getTarget().toString());
        }
        if (variable.isPresent()) {
            String name = variable.get();
            return method.get().findAll(NameExpr.class).stream()
                    .filter(n -> n.getNameAsString().equals(name))
                    .anyMatch(n -> isAwaitedUse(n, method.get()));
        }
        // Passed to another call (a list of futures, allOf, a helper): awaited if this method awaits anything.
        return awaitsAnything(method.get());
    }

    private static boolean isConsumer(LambdaExpr lambda) {
        return lambda.getParentNode().orElse(null) instanceof MethodCallExpr call
                && CONSUMER_CALLS.contains(call.getNameAsString());
    }

    /** A use of the future variable that waits for it or hands it on (returned, passed to a call). */
    private static boolean isAwaitedUse(NameExpr use, Node method) {
        Node parent = use.getParentNode().orElse(null);
        if (parent instanceof MethodCallExpr call) {
            if (call.getScope().filter(s -> s == use).isPresent()) {
                return isAwaitCall(call) || call.getNameAsString().equals("join");
            }
            return !call.getNameAsString().equals("add") || awaitsAnything(method);
        }
        return parent instanceof ReturnStmt || parent instanceof AssignExpr;
    }

    private static boolean isAwaitCall(MethodCallExpr call) {
        String name = call.getNameAsString();
        return name.equals("join") || (name.equals("get") && (call.getArguments().isEmpty()
                || call.getArguments().size() == 2));
    }

    private static boolean awaitsAnything(Node method) {
        return method.findAll(MethodCallExpr.class).stream().anyMatch(c -> AWAITS.contains(c.getNameAsString()))
                || method.findAll(MethodReferenceExpr.class).stream()
                .anyMatch(r -> r.getIdentifier().equals("join") || r.getIdentifier().equals("get"));
    }

    private static boolean isTryResource(Expression executor, JavaSymbols symbols) {
        if (!(executor instanceof NameExpr name)) {
            return false;
        }
        return symbols.local(name.getNameAsString(), name)
                .map(local -> local.declaration().getParentNode().orElse(null))
                .filter(declaration -> declaration.getParentNode().orElse(null) instanceof TryStmt)
                .isPresent();
    }

    private static SourcePosition position(Node node) {
        return node.getBegin().map(p -> new SourcePosition(p.line, p.column)).orElse(SourcePosition.START);
    }
}
