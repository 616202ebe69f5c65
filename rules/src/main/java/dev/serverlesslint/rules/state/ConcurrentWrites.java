package dev.serverlesslint.rules.state;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.serverlesslint.core.java.JavaSource;
import dev.serverlesslint.core.model.LambdaFunction;
import dev.serverlesslint.core.model.ManagedInstances;
import dev.serverlesslint.core.requestpath.CallChain;
import dev.serverlesslint.core.rule.RuleContext;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Writes to shared state that run concurrently under Lambda Managed Instances (SL114): a write to a
 * static field or to a field of a shared object (see {@link SharedObjects}) on the request path of a
 * function with a capacity provider. Unlike {@link PerRequestWrites}, per-request resets and lazy
 * initialisation count: two threads run them at the same time. Not counted: fields of thread-safe types
 * ({@code java.util.concurrent}, atomics, synchronised wrappers), writes inside a {@code synchronized}
 * block or method, and init code (which runs once, before requests).
 */
final class ConcurrentWrites {

    /** Thread-safe field types: their mutating calls need no lock. */
    private static final Set<String> THREAD_SAFE_TYPES = Set.of(
            "ConcurrentMap", "ConcurrentHashMap", "ConcurrentSkipListMap", "ConcurrentSkipListSet",
            "CopyOnWriteArrayList", "CopyOnWriteArraySet", "BlockingQueue", "LinkedBlockingQueue",
            "ArrayBlockingQueue", "LinkedBlockingDeque", "ConcurrentLinkedQueue", "ConcurrentLinkedDeque",
            "AtomicInteger", "AtomicLong", "AtomicBoolean", "AtomicReference", "AtomicIntegerArray",
            "AtomicLongArray", "LongAdder", "DoubleAdder", "LongAccumulator", "DoubleAccumulator",
            "StringBuffer", "Vector", "Hashtable");
    private static final Set<String> SYNCHRONIZED_WRAPPERS = Set.of(
            "synchronizedMap", "synchronizedList", "synchronizedSet", "synchronizedCollection",
            "synchronizedSortedMap", "synchronizedSortedSet", "synchronizedNavigableMap", "synchronizedNavigableSet");

    private ConcurrentWrites() {
    }

    /** A write that SL114 reports, with the chain from a Managed Instances handler. */
    static Optional<CallChain> chainIfConcurrent(FieldWrite write, RuleContext context) {
        // the chain first: without Managed Instances there is none, and which objects are shared is not asked
        // (answering it looks at every file of the request-path model)
        Optional<CallChain> chain = context.model().requestPaths().concurrentChainTo(write.expression());
        if (chain.isEmpty()) {
            return chain;
        }
        boolean sharedField = write.field().isStatic() || write.field().ownerType()
                .filter(owner -> SharedObjects.isShared(owner, context.model())).isPresent();
        if (!sharedField || isThreadSafe(write) || isSynchronized(write.expression())) {
            return Optional.empty();
        }
        return chain;
    }

    static void forEach(JavaSource source, RuleContext context, BiConsumer<FieldWrite, CallChain> action) {
        if (!context.model().requestPaths().reaches(source.unit())) {
            return;
        }
        source.unit().walk(Expression.class, expression -> FieldWrite.of(expression, context.model().symbols())
                .ifPresent(write -> chainIfConcurrent(write, context).ifPresent(chain -> action.accept(write, chain))));
    }

    /** "function 'X' runs up to 64 requests at once": the Managed Instances functions behind a chain. */
    static String describeConcurrency(CallChain chain, RuleContext context) {
        List<LambdaFunction> functions = context.model().functionsServing(chain).stream()
                .filter(f -> f.managedInstances().isPresent())
                .toList();
        if (functions.isEmpty()) {
            return "its function runs many requests at once on Lambda Managed Instances";
        }
        LambdaFunction function = functions.get(0);
        ManagedInstances lmi = function.managedInstances().orElseThrow();
        OptionalInt concurrency = lmi.effectiveMaxConcurrency();
        String upTo = concurrency.isEmpty() ? "many"
                : "up to " + concurrency.getAsInt();
        return "function '" + function.name() + "' runs " + upTo + " requests at once in one environment "
                + (lmi.isDefaultConcurrency() ? "per vCPU (the Java default) " : "") + "on Lambda Managed Instances";
    }

    static String functionName(CallChain chain, RuleContext context) {
        return context.model().functionsServing(chain).stream()
                .filter(f -> f.managedInstances().isPresent())
                .map(LambdaFunction::name)
                .findFirst().orElse(null);
    }

    private static boolean isThreadSafe(FieldWrite write) {
        if (write.plainAssignment()) {
            return false; // assigning the field itself races whatever its type
        }
        if (write.field().type() instanceof ClassOrInterfaceType type && THREAD_SAFE_TYPES.contains(type.getNameAsString())) {
            return true;
        }
        return write.field().variable().getInitializer()
                .filter(MethodCallExpr.class::isInstance)
                .map(init -> SYNCHRONIZED_WRAPPERS.contains(((MethodCallExpr) init).getNameAsString())
                        || (init.toString().startsWith("new Concurrent")))
                .orElse(false);
    }

    private static boolean isSynchronized(Node node) {
        Node current = node;
        while (current != null) {
            if (current instanceof SynchronizedStmt) {
                return true;
            }
            if (current instanceof MethodDeclaration method) {
                return method.isSynchronized();
            }
            current = current.getParentNode().orElse(null);
        }
        return false;
    }
}
