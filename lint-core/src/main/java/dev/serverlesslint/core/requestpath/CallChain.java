package dev.serverlesslint.core.requestpath;

import dev.serverlesslint.core.finding.RelatedLocation;

import java.util.List;
import java.util.Objects;

/**
 * How code is reached from a Lambda handler: the methods from the handler method to the one that
 * contains the code, e.g. {@code [OrderHandler.handleRequest, OrderRepository.save]}.
 * <p>
 * A chain is its caller's chain plus one method, so that the walk extends a chain in constant time
 * and space: every method of a 20,000-method call chain has its own chain, and copying lists made
 * that quadratic (about 2 GB). The lists are made when asked for, which is for reports.
 */
public final class CallChain {

    private final CallChain caller; // null for the handler method
    private final String method;
    private final RelatedLocation step; // null when the chain's declarations are not known
    private final String handler;
    private final int length;

    private CallChain(CallChain caller, String method, RelatedLocation step) {
        this.caller = caller;
        this.method = Objects.requireNonNull(method);
        this.step = step;
        this.handler = caller == null ? method : caller.handler;
        this.length = caller == null ? 1 : caller.length + 1;
    }

    /**
     * @param methods the methods, for messages
     * @param steps   where each method is declared (same order; empty when not known), for reports that let
     *                a reviewer follow the chain
     */
    public CallChain(List<String> methods, List<RelatedLocation> steps) {
        this(prefix(methods, steps), methods.get(methods.size() - 1),
                steps.isEmpty() ? null : steps.get(steps.size() - 1));
    }

    /** A chain whose declarations are not known. */
    public CallChain(List<String> methods) {
        this(methods, List.of());
    }

    private static CallChain prefix(List<String> methods, List<RelatedLocation> steps) {
        if (methods.isEmpty()) {
            throw new IllegalArgumentException("a call chain starts at a handler method");
        }
        if (!steps.isEmpty() && steps.size() != methods.size()) {
            throw new IllegalArgumentException("one step per method: " + methods + " " + steps);
        }
        CallChain chain = null;
        for (int i = 0; i < methods.size() - 1; i++) {
            chain = new CallChain(chain, methods.get(i), steps.isEmpty() ? null : Objects.requireNonNull(steps.get(i)));
        }
        return chain;
    }

    /** A chain of one handler method declared at {@code step}. */
    static CallChain start(RelatedLocation step) {
        return new CallChain(null, step.message(), step);
    }

    /** This chain followed by a call to the method declared at {@code step} (a chain without steps stays so). */
    CallChain then(RelatedLocation step) {
        return new CallChain(this, step.message(), this.step == null ? null : step);
    }

    /** The methods, from the handler method on. */
    public List<String> methods() {
        String[] methods = new String[length];
        for (CallChain link = this; link != null; link = link.caller) {
            methods[link.length - 1] = link.method;
        }
        return List.of(methods);
    }

    /** Where each method is declared, in the order of {@link #methods()}; empty when not known. */
    public List<RelatedLocation> steps() {
        if (step == null) {
            return List.of();
        }
        RelatedLocation[] steps = new RelatedLocation[length];
        for (CallChain link = this; link != null; link = link.caller) {
            steps[link.length - 1] = link.step;
        }
        return List.of(steps);
    }

    /** How many methods the chain has: 1 for code in the handler method itself. */
    public int length() {
        return length;
    }

    public String handler() {
        return handler;
    }

    /** {@code OrderHandler.handleRequest -> OrderRepository.save}, for messages. */
    public String describe() {
        return String.join(" -> ", methods());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CallChain chain && length == chain.length && methods().equals(chain.methods())
                && steps().equals(chain.steps());
    }

    @Override
    public int hashCode() {
        return 31 * methods().hashCode() + steps().hashCode();
    }

    @Override
    public String toString() {
        return "CallChain[methods=" + methods() + ", steps=" + steps() + "]";
    }
}
