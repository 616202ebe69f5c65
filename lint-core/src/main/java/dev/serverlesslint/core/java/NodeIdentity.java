package dev.serverlesslint.core.java;

import com.github.javaparser.ast.Node;

/**
 * A tree node as a map key, compared by identity: JavaParser nodes are equal when they read the same,
 * and their own {@code hashCode} walks the whole subtree. Good only while that tree is the one in use
 * (a check, or a {@link ProjectTypes#hold()}); across a parse again, use {@link NodeKey}.
 */
public record NodeIdentity(Node node) {

    @Override
    public boolean equals(Object other) {
        return other instanceof NodeIdentity identity && identity.node == node;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(node);
    }
}
