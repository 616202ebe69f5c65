package dev.serverlesslint.rules.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.type.Type;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds what a simple name in an expression refers to, without a symbol solver: a parameter or
 * local variable of the enclosing lambdas and method, else a field of the enclosing types. It is
 * approximate (shadowing inside one method is not modelled) and answers "unknown" rather than guess.
 */
public final class VariableLookup {

    /** A variable or field declaration: its type as written, and its initializer when it has one. */
    public record Declaration(String name, Type type, Optional<Expression> initializer, Node declaration,
                              boolean field, boolean staticField) {

        /** The declared simple type name, or for {@code var} the type its initializer evidently creates. */
        public Optional<String> typeName() {
            if (!type.isVarType()) {
                return Optional.of(simpleName(type));
            }
            return initializer.flatMap(VariableLookup::createdTypeName);
        }
    }

    private VariableLookup() {
    }

    /** What {@code name}, {@code this.name} or an unqualified field reference designates. */
    public static Optional<Declaration> resolve(Expression reference) {
        if (reference instanceof NameExpr name) {
            return resolve(name.getNameAsString(), name);
        }
        if (reference instanceof FieldAccessExpr access && access.getScope() instanceof ThisExpr) {
            return field(access.getNameAsString(), access);
        }
        return Optional.empty();
    }

    /** The declaration a simple name used at {@code site} refers to. */
    public static Optional<Declaration> resolve(String name, Node site) {
        Optional<Node> current = site.getParentNode();
        while (current.isPresent()) {
            Node node = current.get();
            if (node instanceof LambdaExpr lambda) {
                for (Parameter parameter : lambda.getParameters()) {
                    if (parameter.getNameAsString().equals(name)) {
                        return Optional.of(new Declaration(name, parameter.getType(), Optional.empty(), parameter,
                                false, false));
                    }
                }
            }
            if (node instanceof CallableDeclaration<?> callable) {
                for (Parameter parameter : callable.getParameters()) {
                    if (parameter.getNameAsString().equals(name)) {
                        return Optional.of(new Declaration(name, parameter.getType(), Optional.empty(), parameter,
                                false, false));
                    }
                }
            }
            if (node instanceof CallableDeclaration<?> || node instanceof InitializerDeclaration
                    || node instanceof LambdaExpr) {
                Optional<Declaration> local = local(name, node);
                if (local.isPresent()) {
                    return local;
                }
            }
            if (node instanceof TypeDeclaration<?> || node instanceof ObjectCreationExpr) {
                break;
            }
            current = node.getParentNode();
        }
        return field(name, site);
    }

    private static Optional<Declaration> local(String name, Node scope) {
        for (VariableDeclarator variable : scope.findAll(VariableDeclarator.class)) {
            if (variable.getNameAsString().equals(name) && !(variable.getParentNode().orElse(null) instanceof FieldDeclaration)) {
                return Optional.of(new Declaration(name, variable.getType(), variable.getInitializer(), variable,
                        false, false));
            }
        }
        return Optional.empty();
    }

    /** A field of the type enclosing {@code site}, or of an outer type. */
    public static Optional<Declaration> field(String name, Node site) {
        Optional<TypeDeclaration> type = site.findAncestor(TypeDeclaration.class);
        while (type.isPresent()) {
            for (Object member : type.get().getMembers()) {
                if (member instanceof FieldDeclaration fieldDeclaration) {
                    for (VariableDeclarator variable : fieldDeclaration.getVariables()) {
                        if (variable.getNameAsString().equals(name)) {
                            return Optional.of(new Declaration(name, variable.getType(), variable.getInitializer(),
                                    variable, true, fieldDeclaration.isStatic()));
                        }
                    }
                }
            }
            type = type.get().findAncestor(TypeDeclaration.class);
        }
        return Optional.empty();
    }

    /**
     * Method calls made on a variable in the code where it is visible, e.g. {@code config.setX(..)}
     * for {@code config}: the declaring method for a local, the declaring type for a field.
     */
    public static List<MethodCallExpr> callsOn(Declaration declaration) {
        Node scope = declaration.field()
                ? declaration.declaration().findAncestor(TypeDeclaration.class).map(Node.class::cast).orElse(null)
                : declaration.declaration().findAncestor(BodyDeclaration.class).map(Node.class::cast).orElse(null);
        List<MethodCallExpr> calls = new ArrayList<>();
        if (scope == null) {
            return calls;
        }
        for (MethodCallExpr call : scope.findAll(MethodCallExpr.class)) {
            Optional<Expression> target = call.getScope();
            if (target.isPresent() && refersTo(target.get(), declaration)) {
                calls.add(call);
            }
        }
        return calls;
    }

    private static boolean refersTo(Expression expression, Declaration declaration) {
        String name;
        if (expression instanceof NameExpr nameExpr) {
            name = nameExpr.getNameAsString();
        } else if (expression instanceof FieldAccessExpr access && access.getScope() instanceof ThisExpr) {
            name = access.getNameAsString();
        } else {
            return false;
        }
        return name.equals(declaration.name())
                && resolve(expression).map(d -> d.declaration() == declaration.declaration()).orElse(false);
    }

    /** {@code Map} for {@code java.util.Map<K, V>}. */
    public static String simpleName(Type type) {
        if (type.isClassOrInterfaceType()) {
            return type.asClassOrInterfaceType().getNameAsString();
        }
        return type.asString();
    }

    /**
     * The type an initializer evidently produces: {@code new T(..)}, or a chain rooted at a static
     * {@code T.builder()}, {@code T.create()}... (SDK v1 {@code AmazonXClientBuilder} gives {@code AmazonX}).
     */
    public static Optional<String> createdTypeName(Expression expression) {
        if (expression instanceof ObjectCreationExpr creation) {
            return Optional.of(creation.getType().getNameAsString());
        }
        Expression current = expression;
        while (current instanceof MethodCallExpr call && call.getScope().isPresent()) {
            Expression scope = call.getScope().get();
            if (scope instanceof NameExpr name && Character.isUpperCase(name.getNameAsString().charAt(0))) {
                String type = name.getNameAsString();
                return Optional.of(type.endsWith("ClientBuilder") ? type.substring(0, type.length() - "ClientBuilder".length())
                        : type);
            }
            current = scope;
        }
        return Optional.empty();
    }
}
