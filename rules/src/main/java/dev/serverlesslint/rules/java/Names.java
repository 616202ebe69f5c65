package dev.serverlesslint.rules.java;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;

/** Names of simple expressions, read from the tree (never via {@code toString()}, which prints attached comments). */
public final class Names {

    private Names() {
    }

    /** {@code InvocationType} for {@code InvocationType} or {@code model.InvocationType}; empty otherwise. */
    public static String lastName(Expression expression) {
        if (expression instanceof NameExpr name) {
            return name.getNameAsString();
        }
        if (expression instanceof FieldAccessExpr access) {
            return access.getNameAsString();
        }
        return "";
    }
}
