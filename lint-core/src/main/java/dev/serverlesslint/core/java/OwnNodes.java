package dev.serverlesslint.core.java;

import com.github.javaparser.ast.Node;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The nodes of a kind that belong to an owner itself rather than to an owner nested in it: the calls of
 * a class that are not in one of its nested classes, the calls of a method that are not in a method of an
 * anonymous class inside it. Equal to {@code owner.findAll(kind)} filtered by
 * {@code node.findAncestor(ownerKind) == owner}, in the same (pre-)order, but found in one walk that does
 * not enter nested owners: asking every node for its nearest owner climbs the whole depth of the tree for
 * each, which is quadratic in a chain of 20,000 nested calls.
 */
public final class OwnNodes {

    private OwnNodes() {
    }

    /**
     * The nodes of {@code kind} under {@code owner} (the owner itself excluded) whose nearest ancestor of
     * {@code ownerKind} is {@code owner}.
     */
    public static <T extends Node> List<T> of(Node owner, Class<T> kind, Class<? extends Node> ownerKind) {
        List<T> found = new ArrayList<>();
        Deque<Node> pending = new ArrayDeque<>();
        pushChildren(owner, pending);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (kind.isInstance(node)) {
                found.add(kind.cast(node));
            }
            if (!ownerKind.isInstance(node)) {
                pushChildren(node, pending);
            }
        }
        return found;
    }

    /** Children pushed last to first, so that they are taken first to last (pre-order, as findAll). */
    private static void pushChildren(Node node, Deque<Node> pending) {
        List<Node> children = node.getChildNodes();
        for (int i = children.size() - 1; i >= 0; i--) {
            pending.push(children.get(i));
        }
    }
}
