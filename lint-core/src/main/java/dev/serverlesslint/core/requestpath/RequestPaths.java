package dev.serverlesslint.core.requestpath;

import com.github.javaparser.ast.Node;

import java.util.Optional;

/**
 * Answers whether code runs on a request path: in a handler method or in a method it reaches.
 * Code in static initialisers, field initialisers and constructors is init, not request path.
 */
public interface RequestPaths {

    /** The chain from a handler method to the method that contains {@code node}, if the node runs per request. */
    Optional<CallChain> chainTo(Node node);
}
