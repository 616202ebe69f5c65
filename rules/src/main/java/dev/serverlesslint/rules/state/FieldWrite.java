package dev.serverlesslint.rules.state;

import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import dev.serverlesslint.core.finding.SourcePosition;
import dev.serverlesslint.core.java.JavaSymbols;
import dev.serverlesslint.core.java.JavaSymbols.FieldRef;

import java.util.Optional;
import java.util.Set;

/**
 * A write to a field: an assignment or compound assignment, {@code ++}/{@code --}, or a mutating
 * call on a field holding a collection, atomic or builder ({@code cache.put(..)},
 * {@code counter.incrementAndGet()}).
 *
 * @param expression      the writing expression, where a finding points
 * @param field           the field written
 * @param plainAssignment {@code field = value} (not compound, not a mutating call)
 * @param value           the assigned value for plain assignments
 */
record FieldWrite(Expression expression, FieldRef field, boolean plainAssignment, Optional<Expression> value) {

    private static final Set<String> MUTABLE_TYPES = Set.of(
            "List", "ArrayList", "LinkedList", "Set", "HashSet", "LinkedHashSet", "TreeSet", "SortedSet",
            "NavigableSet", "Map", "HashMap", "LinkedHashMap", "TreeMap", "SortedMap", "NavigableMap",
            "ConcurrentMap", "ConcurrentHashMap", "ConcurrentSkipListMap", "ConcurrentSkipListSet",
            "CopyOnWriteArrayList", "CopyOnWriteArraySet", "Collection", "Queue", "Deque", "ArrayDeque",
            "BlockingQueue", "LinkedBlockingQueue", "ArrayBlockingQueue", "ConcurrentLinkedQueue",
            "ConcurrentLinkedDeque", "PriorityQueue", "Stack", "Vector", "AtomicInteger", "AtomicLong",
            "AtomicBoolean", "AtomicReference", "AtomicIntegerArray", "AtomicLongArray", "LongAdder",
            "DoubleAdder", "LongAccumulator", "DoubleAccumulator", "StringBuilder", "StringBuffer");

    /** Mutating methods; {@code computeIfAbsent}/{@code putIfAbsent} are memoisation and left out. */
    private static final Set<String> MUTATORS = Set.of(
            "add", "addAll", "put", "putAll", "remove", "removeAll", "removeIf", "retainAll", "clear", "set",
            "offer", "push", "addFirst", "addLast", "offerFirst", "offerLast", "merge", "replace", "replaceAll",
            "incrementAndGet", "getAndIncrement", "decrementAndGet", "getAndDecrement", "addAndGet", "getAndAdd",
            "getAndSet", "compareAndSet", "lazySet", "accumulateAndGet", "getAndAccumulate", "updateAndGet",
            "getAndUpdate", "increment", "decrement", "accumulate", "reset", "append", "insert", "setLength");

    /** The field write an expression performs, if it is one. */
    static Optional<FieldWrite> of(Expression expression, JavaSymbols symbols) {
        if (expression instanceof AssignExpr assign) {
            boolean plain = assign.getOperator() == AssignExpr.Operator.ASSIGN;
            return symbols.field(assign.getTarget())
                    .map(field -> new FieldWrite(assign, field, plain, plain ? Optional.of(assign.getValue()) : Optional.empty()));
        }
        if (expression instanceof UnaryExpr unary && isIncrementOrDecrement(unary.getOperator())) {
            return symbols.field(unary.getExpression())
                    .map(field -> new FieldWrite(unary, field, false, Optional.empty()));
        }
        if (expression instanceof MethodCallExpr call && MUTATORS.contains(call.getNameAsString())
                && call.getScope().isPresent()) {
            return symbols.field(call.getScope().get())
                    .filter(field -> isMutableContainer(field.type()))
                    .map(field -> new FieldWrite(call, field, false, Optional.empty()));
        }
        return Optional.empty();
    }

    private static boolean isIncrementOrDecrement(UnaryExpr.Operator operator) {
        return switch (operator) {
            case PREFIX_INCREMENT, PREFIX_DECREMENT, POSTFIX_INCREMENT, POSTFIX_DECREMENT -> true;
            default -> false;
        };
    }

    private static boolean isMutableContainer(Type type) {
        return type instanceof ClassOrInterfaceType classType && MUTABLE_TYPES.contains(classType.getNameAsString());
    }

    SourcePosition position() {
        return expression.getBegin().map(p -> new SourcePosition(p.line, p.column)).orElse(SourcePosition.START);
    }

    /** The code as written, shortened for messages. */
    String code() {
        String text = expression.toString().replaceAll("\\s+", " ");
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
