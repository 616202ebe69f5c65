package dev.serverlesslint.core.location;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The declarations of a Java file as regions: types, methods, constructors, fields, initializers. */
public final class JavaRegions {

    private JavaRegions() {
    }

    public static FileRegions of(CompilationUnit unit) {
        List<CodeRegion> regions = new ArrayList<>();
        unit.walk(node -> {
            String name = nameOf(node);
            if (name != null) {
                node.getRange().ifPresent(range -> regions.add(new CodeRegion(CodeRegion.Kind.DECLARATION,
                        name, null, range.begin.line, range.end.line)));
            }
        });
        return new FileRegions(regions);
    }

    /** A stable name for a declaration node, or {@code null} if the node is not one. */
    static String nameOf(Node node) {
        if (node instanceof TypeDeclaration<?> type) {
            return typePath(node.getParentNode().orElse(null), type.getNameAsString());
        }
        if (node instanceof CallableDeclaration<?> callable) {
            String parameters = callable.getParameters().stream()
                    .map(p -> p.getType().asString() + (p.isVarArgs() ? "..." : ""))
                    .collect(Collectors.joining(","));
            return typePath(node.getParentNode().orElse(null), null) + "#" + callable.getNameAsString()
                    + "(" + parameters + ")";
        }
        if (node instanceof FieldDeclaration field) {
            return typePath(node.getParentNode().orElse(null), null) + "#" + field.getVariables().stream()
                    .map(VariableDeclarator::getNameAsString).collect(Collectors.joining(","));
        }
        if (node instanceof InitializerDeclaration initializer) {
            return typePath(node.getParentNode().orElse(null), null)
                    + (initializer.isStatic() ? "#<clinit>" : "#<init-block>");
        }
        if (node instanceof EnumConstantDeclaration constant) {
            return typePath(node.getParentNode().orElse(null), null) + "#" + constant.getNameAsString();
        }
        return null;
    }

    /** Dotted names of the enclosing types, outermost first, ending with {@code last} if given. */
    private static String typePath(Node from, String last) {
        List<String> names = new ArrayList<>();
        if (last != null) {
            names.add(last);
        }
        for (Node current = from; current != null; current = current.getParentNode().orElse(null)) {
            if (current instanceof TypeDeclaration<?> type) {
                names.add(0, type.getNameAsString());
            }
        }
        return String.join(".", names);
    }
}
