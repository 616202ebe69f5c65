package dev.serverlesslint.core.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import java.util.Objects;

/**
 * A declaration of the project model named by where it is written, not by the tree node: the model
 * may drop a file's tree and parse the file again, and a key found in one parse names the same
 * declaration in the next. Kept for the declarations the model answers about: types, methods,
 * constructors, lambdas and method references.
 *
 * @param path root-relative path of the file
 * @param kind which of the kinds above ({@link #kindOf})
 */
public record NodeKey(String path, int kind, int line, int column, int endLine, int endColumn) {

    static final int NONE = -1;
    public static final int TYPE = 0;
    public static final int METHOD = 1;
    public static final int CONSTRUCTOR = 2;
    public static final int LAMBDA = 3;
    public static final int METHOD_REFERENCE = 4;

    /** The kind of a node the model keys, or {@link #NONE}. */
    static int kindOf(Node node) {
        if (node instanceof TypeDeclaration<?>) {
            return TYPE;
        }
        if (node instanceof MethodDeclaration) {
            return METHOD;
        }
        if (node instanceof ConstructorDeclaration) {
            return CONSTRUCTOR;
        }
        if (node instanceof LambdaExpr) {
            return LAMBDA;
        }
        if (node instanceof MethodReferenceExpr) {
            return METHOD_REFERENCE;
        }
        return NONE;
    }

    /**
     * The key of a node of the file at {@code path}, or null when the node is not of a keyed kind or has no
     * position. Whether the node is in a tree of the model is for the caller to know ({@code ProjectTypes.keyOf}).
     */
    public static NodeKey of(String path, Node node) {
        int kind = kindOf(node);
        if (kind == NONE || node.getRange().isEmpty()) {
            return null;
        }
        var range = node.getRange().get();
        return new NodeKey(path, kind, range.begin.line, range.begin.column, range.end.line, range.end.column);
    }

    // Written out instead of the record's generated equals/hashCode: those are linked at their first call
    // through java.lang.runtime.ObjectMethods, about 30 method-handle classes spun at run time that no
    // class-data-sharing archive keeps (some 15 ms of a one-file run on JDK 17). Same fields, same answers and
    // the same hash values as the generated methods (so the order of maps keyed by NodeKey is unchanged).
    @Override
    public boolean equals(Object other) {
        return other instanceof NodeKey key && line == key.line && column == key.column && endLine == key.endLine
                && endColumn == key.endColumn && kind == key.kind && Objects.equals(path, key.path);
    }

    @Override
    public int hashCode() {
        int hash = Objects.hashCode(path);
        hash = 31 * hash + kind;
        hash = 31 * hash + line;
        hash = 31 * hash + column;
        hash = 31 * hash + endLine;
        return 31 * hash + endColumn;
    }
}
