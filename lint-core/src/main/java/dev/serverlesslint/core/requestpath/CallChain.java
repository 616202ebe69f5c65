package dev.serverlesslint.core.requestpath;

import java.util.List;

/**
 * How code is reached from a Lambda handler: the methods from the handler method to the one that
 * contains the code, e.g. {@code [OrderHandler.handleRequest, OrderRepository.save]}.
 */
public record CallChain(List<String> methods) {

    public CallChain {
        methods = List.copyOf(methods);
        if (methods.isEmpty()) {
            throw new IllegalArgumentException("a call chain starts at a handler method");
        }
    }

    public String handler() {
        return methods.get(0);
    }

    /** {@code OrderHandler.handleRequest -> OrderRepository.save}, for messages. */
    public String describe() {
        return String.join(" -> ", methods);
    }
}
