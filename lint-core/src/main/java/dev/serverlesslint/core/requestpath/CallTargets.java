package dev.serverlesslint.core.requestpath;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.serverlesslint.core.java.JavaSymbols;
import dev.serverlesslint.core.java.ProjectTypes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The call edges out of one piece of request-path code: which project methods, constructors and
 * instance initialisers it may run. A graph node is a {@link MethodDeclaration}, a
 * {@link ConstructorDeclaration}, a {@link TypeDeclaration} standing for that type's instance
 * field initialisers and instance initializer blocks (run by every {@code new}), or the lambda a
 * Spring Cloud Function {@code @Bean} method returns (an entry point).
 *
 * <p>Calls bind by name and argument count. A call to a method without a body (abstract or in an
 * interface) dispatches to the overriding methods of the project's subtypes; a call to a concrete
 * method binds to it only (overrides are not guessed), which keeps the graph small and errs on the
 * side of fewer findings.
 */
final class CallTargets {

    private final ProjectTypes types;
    private final JavaSymbols symbols;

    CallTargets(ProjectTypes types, JavaSymbols symbols) {
        this.types = types;
        this.symbols = symbols;
    }

    /** Callees of a graph node, in source order (duplicates possible; the graph ignores them). */
    List<Node> calleesOf(Node graphNode) {
        return calleesOf(graphNode, node -> false);
    }

    /**
     * Callees of a graph node, not counting the calls inside an {@code opaque} subtree (e.g. a function
     * passed to a durable operation, which does not run where the call is written).
     */
    List<Node> calleesOf(Node graphNode, Predicate<Node> opaque) {
        List<Node> callees = new ArrayList<>();
        Deque<Node> pending = new ArrayDeque<>();
        for (Node body : bodiesOf(graphNode)) {
            pending.push(body);
            while (!pending.isEmpty()) {
                Node node = pending.pop();
                if (opaque.test(node)) {
                    continue;
                }
                collect(node, callees);
                List<Node> children = node.getChildNodes();
                for (int i = children.size() - 1; i >= 0; i--) {
                    pending.push(children.get(i));
                }
            }
        }
        if (graphNode instanceof ConstructorDeclaration constructor
                && constructor.getBody().getStatements().stream()
                .noneMatch(ExplicitConstructorInvocationStmt.class::isInstance)) {
            ProjectTypes.enclosingType(constructor).flatMap(types::superclass)
                    .ifPresent(superclass -> callees.addAll(constructors(superclass, 0)));
        }
        return callees;
    }

    /**
     * Methods of a handler class that its init code hands to a framework as callbacks
     * ({@code buildWithMessageHandler(this::processMessage)} in the constructor, as Powertools batch
     * handlers do): the framework calls them while the handler method runs.
     */
    List<Node> initCallbacks(TypeDeclaration<?> handlerType) {
        List<Node> callbacks = new ArrayList<>();
        for (BodyDeclaration<?> member : handlerType.getMembers()) {
            boolean init = member instanceof ConstructorDeclaration
                    || (member instanceof FieldDeclaration field && !field.isStatic())
                    || (member instanceof InitializerDeclaration initializer && !initializer.isStatic());
            if (!init) {
                continue;
            }
            for (MethodReferenceExpr reference : member.findAll(MethodReferenceExpr.class)) {
                if (reference.getScope() instanceof ThisExpr) {
                    callbacks.addAll(withOverrides(symbols.methodsIn(handlerType, reference.getIdentifier(), -1),
                            reference.getIdentifier(), -1));
                }
            }
        }
        return callbacks;
    }

    private static List<Node> bodiesOf(Node graphNode) {
        if (graphNode instanceof LambdaExpr lambda) {
            return List.of(lambda.getBody());
        }
        if (graphNode instanceof MethodReferenceExpr) {
            return List.of(graphNode);
        }
        if (graphNode instanceof MethodDeclaration method) {
            return method.getBody().<List<Node>>map(List::of).orElse(List.of());
        }
        if (graphNode instanceof ConstructorDeclaration constructor) {
            return List.of(constructor.getBody());
        }
        if (graphNode instanceof TypeDeclaration<?> type) {
            List<Node> bodies = new ArrayList<>();
            for (BodyDeclaration<?> member : type.getMembers()) {
                if (member instanceof FieldDeclaration field && !field.isStatic()) {
                    for (VariableDeclarator variable : field.getVariables()) {
                        variable.getInitializer().ifPresent(bodies::add);
                    }
                } else if (member instanceof InitializerDeclaration initializer && !initializer.isStatic()) {
                    bodies.add(initializer.getBody());
                }
            }
            return bodies;
        }
        return List.of();
    }

    private void collect(Node node, List<Node> callees) {
        if (node instanceof MethodCallExpr call) {
            callees.addAll(methodTargets(call));
        } else if (node instanceof ObjectCreationExpr creation) {
            types.resolve(creation.getType(), creation)
                    .ifPresent(type -> callees.addAll(instantiation(type, creation.getArguments().size())));
        } else if (node instanceof MethodReferenceExpr reference) {
            callees.addAll(referenceTargets(reference));
        } else if (node instanceof ExplicitConstructorInvocationStmt invocation) {
            Optional<TypeDeclaration<?>> own = ProjectTypes.enclosingType(invocation);
            Optional<TypeDeclaration<?>> target = invocation.isThis() ? own : own.flatMap(types::superclass);
            target.ifPresent(type -> {
                callees.addAll(constructors(type, invocation.getArguments().size()));
                if (!invocation.isThis()) {
                    callees.add(type);
                }
            });
        }
    }

    /** {@code new T(..)}: T's matching constructors and the instance initialisers of T and its superclasses. */
    private List<Node> instantiation(TypeDeclaration<?> type, int arity) {
        List<Node> targets = new ArrayList<>(constructors(type, arity));
        Optional<TypeDeclaration<?>> current = Optional.of(type);
        int guard = 0;
        while (current.isPresent() && guard++ < 32) {
            targets.add(current.get());
            current = types.superclass(current.get());
        }
        return targets;
    }

    private static List<Node> constructors(TypeDeclaration<?> type, int arity) {
        List<Node> found = new ArrayList<>();
        for (ConstructorDeclaration constructor : type.getConstructors()) {
            if (JavaSymbols.accepts(constructor, arity)) {
                found.add(constructor);
            }
        }
        return found;
    }

    private List<Node> methodTargets(MethodCallExpr call) {
        String name = call.getNameAsString();
        int arity = call.getArguments().size();
        Optional<Expression> scope = call.getScope();
        List<MethodDeclaration> declared;
        if (scope.isPresent() && scope.get() instanceof SuperExpr) {
            declared = ProjectTypes.enclosingType(call).flatMap(types::superclass)
                    .map(superclass -> symbols.methodsIn(superclass, name, arity))
                    .orElse(List.of());
            return new ArrayList<>(declared);
        }
        declared = symbols.methodsFor(call);
        if (declared.isEmpty() && scope.isEmpty()) {
            declared = staticallyImported(call, name, arity);
        }
        return withOverrides(declared, name, arity);
    }

    private List<Node> referenceTargets(MethodReferenceExpr reference) {
        String name = reference.getIdentifier();
        Expression scope = reference.getScope();
        Optional<TypeDeclaration<?>> type;
        if (scope instanceof ThisExpr) {
            type = ProjectTypes.enclosingType(reference);
        } else if (scope instanceof SuperExpr) {
            type = ProjectTypes.enclosingType(reference).flatMap(types::superclass);
        } else if (scope instanceof TypeExpr typeExpr) {
            type = typeOfTypeExpr(typeExpr);
        } else {
            type = symbols.typeOf(scope);
        }
        if (type.isEmpty()) {
            return List.of();
        }
        if (name.equals("new")) {
            return instantiation(type.get(), -1);
        }
        return withOverrides(symbols.methodsIn(type.get(), name, -1), name, -1);
    }

    /** {@code repository::save} parses as a type expression; a variable of that name wins over a type. */
    private Optional<TypeDeclaration<?>> typeOfTypeExpr(TypeExpr typeExpr) {
        if (typeExpr.getType() instanceof ClassOrInterfaceType classType && classType.getScope().isEmpty()) {
            return symbols.typeOfName(classType.getNameAsString(), typeExpr);
        }
        return types.resolve(typeExpr.getType(), typeExpr);
    }

    private List<MethodDeclaration> staticallyImported(MethodCallExpr call, String name, int arity) {
        Optional<CompilationUnit> unit = call.findCompilationUnit();
        if (unit.isEmpty()) {
            return List.of();
        }
        for (ImportDeclaration imported : unit.get().getImports()) {
            if (!imported.isStatic()) {
                continue;
            }
            String typeName;
            if (imported.isAsterisk()) {
                typeName = imported.getNameAsString();
            } else if (imported.getName().getIdentifier().equals(name)) {
                typeName = imported.getName().getQualifier().map(Object::toString).orElse("");
            } else {
                continue;
            }
            for (TypeDeclaration<?> type : types.named(typeName)) {
                List<MethodDeclaration> found = symbols.methodsIn(type, name, arity);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return List.of();
    }

    private static boolean isTestSource(String path) {
        return path.startsWith("src/test/") || path.contains("/src/test/");
    }

    /** Abstract and interface methods dispatch to the project's implementations. */
    private List<Node> withOverrides(List<MethodDeclaration> declared, String name, int arity) {
        List<Node> targets = new ArrayList<>();
        for (MethodDeclaration method : declared) {
            targets.add(method);
            if (method.getBody().isEmpty()) {
                ProjectTypes.enclosingType(method).ifPresent(owner -> {
                    boolean fromMain = !isTestSource(types.pathOf(owner));
                    for (TypeDeclaration<?> subtype : types.allSubtypes(owner)) {
                        if (fromMain && isTestSource(types.pathOf(subtype))) {
                            continue; // test doubles do not run in the deployed function
                        }
                        for (MethodDeclaration override : subtype.getMethodsByName(name)) {
                            if (override.getBody().isPresent()
                                    && override.getParameters().size() == method.getParameters().size()
                                    && JavaSymbols.accepts(override, arity)) {
                                targets.add(override);
                            }
                        }
                    }
                });
            }
        }
        return targets;
    }
}
