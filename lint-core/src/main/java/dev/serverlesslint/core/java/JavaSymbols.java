package dev.serverlesslint.core.java;

import com.github.javaparser.ast.DataKey;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.type.Type;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Approximate name binding without a symbol solver: which local variable, parameter or field a
 * name denotes, the declared type of a variable, and the project type of an expression. Answers
 * "unknown" (empty) whenever the code is not simple enough to be sure; rules then stay silent.
 */
public final class JavaSymbols {

    private static final int MAX_DEPTH = 8;

    /** A local variable or parameter: its declaration node, declared type and initializer (if any). */
    public record LocalVariable(Node declaration, Type type, Optional<Expression> initializer) {
    }

    /** A field: the declarator, its declaration (modifiers) and the type (or anonymous class) declaring it. */
    public record FieldRef(VariableDeclarator variable, FieldDeclaration declaration, Node owner) {

        /** Static, or declared in an interface (implicitly static). */
        public boolean isStatic() {
            return declaration.isStatic()
                    || (owner instanceof ClassOrInterfaceDeclaration type && type.isInterface());
        }

        public boolean isFinal() {
            return declaration.isFinal()
                    || (owner instanceof ClassOrInterfaceDeclaration type && type.isInterface());
        }

        public Type type() {
            return variable.getType();
        }

        public String name() {
            return variable.getNameAsString();
        }

        /** The named type declaring the field, unless it is declared in an anonymous class. */
        public Optional<TypeDeclaration<?>> ownerType() {
            return owner instanceof TypeDeclaration<?> type ? Optional.of(type) : Optional.empty();
        }
    }

    private final ProjectTypes types;
    /**
     * The methods of each member list (a type's or an anonymous class's body) by name, indexed on first
     * use: a call is then looked up in constant time, not by a scan of every member, which made a class
     * of 20,000 methods calling each other quadratic. Kept with the tree, in the data of the node that owns
     * the list, so it goes when the tree goes; rules share the trees across threads, hence the lock.
     */
    private static final DataKey<Map<String, List<MethodDeclaration>>> METHODS_BY_NAME = new DataKey<>() { };

    public JavaSymbols(ProjectTypes types) {
        this.types = types;
    }

    public ProjectTypes types() {
        return types;
    }

    /** The local variable or parameter named {@code name} visible at {@code usage} (declared before it). */
    public Optional<LocalVariable> local(String name, Node usage) {
        Node child = usage;
        Node current = usage.getParentNode().orElse(null);
        while (current != null && !(current instanceof TypeDeclaration<?>)) {
            Optional<LocalVariable> found = declaredIn(current, child, name);
            if (found.isPresent()) {
                return found;
            }
            child = current;
            current = current.getParentNode().orElse(null);
        }
        return Optional.empty();
    }

    private static Optional<LocalVariable> declaredIn(Node scope, Node child, String name) {
        if (scope instanceof BlockStmt block) {
            for (Statement statement : block.getStatements()) {
                if (statement == child) {
                    break;
                }
                if (statement instanceof ExpressionStmt expression
                        && expression.getExpression() instanceof VariableDeclarationExpr declaration) {
                    Optional<LocalVariable> found = variable(declaration, name);
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
        } else if (scope instanceof CallableDeclaration<?> callable) {
            return parameter(callable.getParameters(), name);
        } else if (scope instanceof LambdaExpr lambda) {
            return parameter(lambda.getParameters(), name);
        } else if (scope instanceof CatchClause clause) {
            return parameter(List.of(clause.getParameter()), name);
        } else if (scope instanceof ForEachStmt forEach) {
            return variable(forEach.getVariable(), name);
        } else if (scope instanceof ForStmt forStmt) {
            for (Expression init : forStmt.getInitialization()) {
                if (init instanceof VariableDeclarationExpr declaration) {
                    Optional<LocalVariable> found = variable(declaration, name);
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
        } else if (scope instanceof TryStmt tryStmt) {
            for (Expression resource : tryStmt.getResources()) {
                if (resource instanceof VariableDeclarationExpr declaration) {
                    Optional<LocalVariable> found = variable(declaration, name);
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalVariable> variable(VariableDeclarationExpr declaration, String name) {
        for (VariableDeclarator variable : declaration.getVariables()) {
            if (variable.getNameAsString().equals(name)) {
                return Optional.of(new LocalVariable(variable, variable.getType(), variable.getInitializer()));
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalVariable> parameter(List<Parameter> parameters, String name) {
        for (Parameter parameter : parameters) {
            if (parameter.getNameAsString().equals(name)) {
                return Optional.of(new LocalVariable(parameter, parameter.getType(), Optional.empty()));
            }
        }
        return Optional.empty();
    }

    /**
     * The field an expression denotes: a simple name not shadowed by a local ({@code count}),
     * {@code this.count}, {@code Holder.count}, or {@code expr.count} when {@code expr} has a project type.
     */
    public Optional<FieldRef> field(Expression expression) {
        if (expression instanceof NameExpr name) {
            if (local(name.getNameAsString(), name).isPresent()) {
                return Optional.empty();
            }
            return visibleField(name.getNameAsString(), name);
        }
        if (expression instanceof FieldAccessExpr access) {
            Expression scope = access.getScope();
            String name = access.getNameAsString();
            if (scope instanceof ThisExpr thisExpr && thisExpr.getTypeName().isEmpty()) {
                return ownFieldAt(name, access);
            }
            return typeOf(scope).flatMap(type -> fieldIn(type, name));
        }
        return Optional.empty();
    }

    /** A field named {@code name} of the innermost enclosing class (or anonymous class) that has one. */
    private Optional<FieldRef> visibleField(String name, Node usage) {
        Node current = usage.getParentNode().orElse(null);
        Node child = usage;
        while (current != null) {
            if (current instanceof TypeDeclaration<?> type) {
                Optional<FieldRef> found = fieldIn(type, name);
                if (found.isPresent()) {
                    return found;
                }
            } else if (current instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isPresent()
                    && isMember(creation.getAnonymousClassBody().get(), child)) {
                Optional<FieldRef> found = fieldAmong(creation.getAnonymousClassBody().get(), creation, name);
                if (found.isPresent()) {
                    return found;
                }
            }
            child = current;
            current = current.getParentNode().orElse(null);
        }
        return Optional.empty();
    }

    private Optional<FieldRef> ownFieldAt(String name, Node usage) {
        Optional<ObjectCreationExpr> anonymous = ProjectTypes.enclosingAnonymousClass(usage);
        if (anonymous.isPresent()) {
            return fieldAmong(anonymous.get().getAnonymousClassBody().orElseThrow(), anonymous.get(), name);
        }
        return ProjectTypes.enclosingType(usage).flatMap(type -> fieldIn(type, name));
    }

    /** A field declared in a type or inherited from its project supertypes. */
    public Optional<FieldRef> fieldIn(TypeDeclaration<?> type, String name) {
        for (TypeDeclaration<?> candidate : types.selfAndSupertypes(type)) {
            Optional<FieldRef> found = fieldAmong(candidate.getMembers(), candidate, name);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<FieldRef> fieldAmong(List<? extends BodyDeclaration<?>> members, Node owner, String name) {
        for (BodyDeclaration<?> member : members) {
            if (member instanceof FieldDeclaration field) {
                for (VariableDeclarator variable : field.getVariables()) {
                    if (variable.getNameAsString().equals(name)) {
                        return Optional.of(new FieldRef(variable, field, owner));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isMember(List<? extends Node> members, Node child) {
        for (Node member : members) {
            if (member == child) {
                return true;
            }
        }
        return false;
    }

    /**
     * The declared type of a variable or field expression, as written ({@code ExecutorService},
     * {@code List<String>}), when the expression is a name or field access that can be bound.
     * For {@code var}, the type of a {@code new T(..)} initializer.
     */
    public Optional<Type> declaredType(Expression expression) {
        if (expression instanceof NameExpr name) {
            Optional<LocalVariable> local = local(name.getNameAsString(), name);
            if (local.isPresent()) {
                Type type = local.get().type();
                if (type.isVarType() || type.isUnknownType()) {
                    return local.get().initializer()
                            .filter(ObjectCreationExpr.class::isInstance)
                            .map(init -> ((ObjectCreationExpr) init).getType());
                }
                return Optional.of(type);
            }
        }
        return field(expression).map(FieldRef::type);
    }

    /** The project type an expression evaluates to, or names (for {@code Type.staticMethod()}), if known. */
    public Optional<TypeDeclaration<?>> typeOf(Expression expression) {
        return typeOf(expression, 0);
    }

    private Optional<TypeDeclaration<?>> typeOf(Expression expression, int depth) {
        if (depth > MAX_DEPTH) {
            return Optional.empty();
        }
        if (expression instanceof EnclosedExpr enclosed) {
            return typeOf(enclosed.getInner(), depth + 1);
        }
        if (expression instanceof CastExpr cast) {
            return types.resolve(cast.getType(), cast);
        }
        if (expression instanceof ObjectCreationExpr creation) {
            return types.resolve(creation.getType(), creation);
        }
        if (expression instanceof ThisExpr thisExpr) {
            if (thisExpr.getTypeName().isPresent()) {
                return types.resolveName(thisExpr.getTypeName().get().asString(), thisExpr);
            }
            return ProjectTypes.enclosingType(thisExpr);
        }
        if (expression instanceof NameExpr name) {
            return typeOfName(name.getNameAsString(), name, depth);
        }
        if (expression instanceof FieldAccessExpr access) {
            Optional<FieldRef> field = field(access);
            if (field.isPresent()) {
                return types.resolve(field.get().type(), field.get().variable());
            }
            // A qualified or nested type name: com.example.Clients, Outer.Inner.
            return types.resolveName(access.toString(), access);
        }
        if (expression instanceof MethodCallExpr call) {
            for (MethodDeclaration method : methodsFor(call, depth)) {
                Optional<TypeDeclaration<?>> returned = types.resolve(method.getType(), method);
                if (returned.isPresent()) {
                    return returned;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The project type of a simple name used at {@code usage}: a local variable's or field's type,
     * else the type the name denotes (for static calls).
     */
    public Optional<TypeDeclaration<?>> typeOfName(String name, Node usage) {
        return typeOfName(name, usage, 0);
    }

    private Optional<TypeDeclaration<?>> typeOfName(String name, Node usage, int depth) {
        Optional<LocalVariable> local = local(name, usage);
        if (local.isPresent()) {
            Type type = local.get().type();
            if (type.isVarType() || type.isUnknownType()) {
                return local.get().initializer().flatMap(init -> typeOf(init, depth + 1));
            }
            return types.resolve(type, local.get().declaration());
        }
        Optional<FieldRef> field = visibleField(name, usage);
        if (field.isPresent()) {
            return types.resolve(field.get().type(), field.get().variable());
        }
        return types.resolveName(name, usage);
    }

    /** Methods a call may bind to by name and argument count, in the scope's type and its supertypes. */
    public List<MethodDeclaration> methodsFor(MethodCallExpr call) {
        return methodsFor(call, 0);
    }

    private List<MethodDeclaration> methodsFor(MethodCallExpr call, int depth) {
        String name = call.getNameAsString();
        int arity = call.getArguments().size();
        if (call.getScope().isEmpty()) {
            Node current = call.getParentNode().orElse(null);
            Node child = call;
            while (current != null) {
                List<MethodDeclaration> found = List.of();
                if (current instanceof TypeDeclaration<?> type) {
                    found = methodsIn(type, name, arity);
                } else if (current instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isPresent()
                        && isMember(creation.getAnonymousClassBody().get(), child)) {
                    found = methodsAmong(creation.getAnonymousClassBody().get(), name, arity);
                }
                if (!found.isEmpty()) {
                    return found;
                }
                child = current;
                current = current.getParentNode().orElse(null);
            }
            return List.of();
        }
        return typeOf(call.getScope().get(), depth + 1)
                .map(type -> methodsIn(type, name, arity))
                .orElse(List.of());
    }

    /** Methods named {@code name} accepting {@code arity} arguments, from the nearest type in the hierarchy that declares one. */
    public List<MethodDeclaration> methodsIn(TypeDeclaration<?> type, String name, int arity) {
        for (TypeDeclaration<?> candidate : types.selfAndSupertypes(type)) {
            List<MethodDeclaration> found = methodsAmong(candidate.getMembers(), name, arity);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    private List<MethodDeclaration> methodsAmong(List<? extends BodyDeclaration<?>> members, String name, int arity) {
        List<MethodDeclaration> found = new ArrayList<>();
        for (MethodDeclaration method : methodsByName(members).getOrDefault(name, List.of())) {
            if (accepts(method, arity)) {
                found.add(method);
            }
        }
        return found;
    }

    private static Map<String, List<MethodDeclaration>> methodsByName(List<? extends BodyDeclaration<?>> members) {
        Node owner = members instanceof NodeList<?> list ? list.getParentNode().orElse(null) : null;
        if (owner == null) {
            return byName(members);
        }
        synchronized (owner) {
            if (!owner.containsData(METHODS_BY_NAME)) {
                owner.setData(METHODS_BY_NAME, byName(members));
            }
            return owner.getData(METHODS_BY_NAME);
        }
    }

    private static Map<String, List<MethodDeclaration>> byName(List<? extends BodyDeclaration<?>> members) {
        Map<String, List<MethodDeclaration>> byName = new HashMap<>();
        for (BodyDeclaration<?> member : members) {
            if (member instanceof MethodDeclaration method) {
                byName.computeIfAbsent(method.getNameAsString(), n -> new ArrayList<>()).add(method);
            }
        }
        return byName;
    }

    /** Whether a method or constructor can be called with {@code arity} arguments (varargs included); a negative arity accepts any. */
    public static boolean accepts(CallableDeclaration<?> callable, int arity) {
        if (arity < 0) {
            return true;
        }
        List<Parameter> parameters = callable.getParameters();
        int count = parameters.size();
        if (count > 0 && parameters.get(count - 1).isVarArgs()) {
            return arity >= count - 1;
        }
        return arity == count;
    }
}
