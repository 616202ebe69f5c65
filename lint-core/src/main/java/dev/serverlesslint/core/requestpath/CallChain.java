package dev.serverlesslint.core.requestpath;

import dev.serverlesslint.core.finding.RelatedLocation;

import java.util.ArrayList;
import java.util.List;

/**
 * How code is reached from a Lambda handler: the methods from the handler method to the one that
 * contains the code, e.g. {@code [OrderHandler.handleRequest, OrderRepository.save]}.
 *
 * @param methods the methods, for messages
 * @param steps   where each method is declared (same order; empty when not known), for reports that let a
 *                reviewer follow the chain
 */
public record CallChain(List<String> methods, List<RelatedLocation> steps) {

    public CallChain {
        methods = List.copyOf(methods);
        steps = List.copyOf(steps);
        if (methods.isEmpty()) {
            throw new IllegalArgumentException("a call chain starts at a handler method");
        }
        if (!steps.isEmpty() && steps.size() != methods.size()) {
            throw new IllegalArgumentException("one step per method: " + methods + " " + steps);
        }
    }

    /** A chain whose declarations are not known. */
    public CallChain(List<String> methods) {
        this(methods, List.of());
    }

    /** A chain of one handler method declared at {@code step}. */
    static CallChain start(RelatedLocation step) {
        return new CallChain(List.of(step.message()), List.of(step));
    }

    /** This chain followed by a call to the method declared at {@code step} (a chain without steps stays so). */
    CallChain then(RelatedLocation step) {
        List<String> longer = new ArrayList<>(methods);
        longer.add(step.message());
        if (steps.isEmpty()) {
            return new CallChain(longer);
        }
        List<RelatedLocation> longerSteps = new ArrayList<>(steps);
        longerSteps.add(step);
        return new CallChain(longer, longerSteps);
    }

    public String handler() {
        return methods.get(0);
    }

    /** {@code OrderHandler.handleRequest -> OrderRepository.save}, for messages. */
    public String describe() {
        return String.join(" -> ", methods);
    }
}
