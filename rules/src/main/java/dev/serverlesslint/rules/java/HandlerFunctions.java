package dev.serverlesslint.rules.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.serverlesslint.core.model.HandlerReference;
import dev.serverlesslint.core.model.JavaTypeIndex;
import dev.serverlesslint.core.model.LambdaFunction;
import dev.serverlesslint.core.model.ProjectModel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * The configured Lambda functions whose handler is a given class or a project subclass of it (so
 * that state in a Powertools-style base handler belongs to the functions of its subclasses), and
 * the functions whose handler reaches a class one step away (holds it in a field or creates it).
 * Computed once per project model, on first use.
 */
public final class HandlerFunctions {

    private static final int MAX_SUPERCLASS_DEPTH = 8;

    /** One index per lint run; weak keys, so a finished run's model can be collected. */
    private static final Map<ProjectModel, HandlerFunctions> BY_MODEL = Collections.synchronizedMap(new WeakHashMap<>());

    private final Map<TypeDeclaration<?>, Set<LambdaFunction>> handlerTypes = new IdentityHashMap<>();
    private final Map<TypeDeclaration<?>, Set<LambdaFunction>> reachedTypes = new IdentityHashMap<>();

    private HandlerFunctions(ProjectModel model) {
        JavaTypeIndex types = model.types();
        for (HandlerReference reference : model.handlerReferences()) {
            Optional<JavaTypeIndex.DeclaredType> handler = types.find(reference.className());
            int depth = 0;
            while (handler.isPresent() && depth++ < MAX_SUPERCLASS_DEPTH) {
                TypeDeclaration<?> declaration = handler.get().declaration();
                handlerTypes.computeIfAbsent(declaration, t -> new LinkedHashSet<>()).add(reference.function());
                reachedTypes.computeIfAbsent(declaration, t -> new LinkedHashSet<>()).add(reference.function());
                for (JavaTypeIndex.DeclaredType used : usedTypes(handler.get(), types)) {
                    reachedTypes.computeIfAbsent(used.declaration(), t -> new LinkedHashSet<>())
                            .add(reference.function());
                }
                handler = superclass(handler.get(), types);
            }
        }
    }

    private static HandlerFunctions index(ProjectModel model) {
        synchronized (BY_MODEL) {
            return BY_MODEL.computeIfAbsent(model, HandlerFunctions::new);
        }
    }

    /** Functions whose handler class is {@code type} or extends it. */
    public static List<LambdaFunction> of(TypeDeclaration<?> type, ProjectModel model) {
        if (model.handlerReferences().isEmpty()) {
            return List.of();
        }
        return new ArrayList<>(index(model).handlerTypes.getOrDefault(type, Set.of()));
    }

    /**
     * The functions of {@link #of}, plus those whose handler class (or a superclass of it) holds a
     * field of this type or creates one with {@code new}: one step of what the handler reaches.
     */
    public static List<LambdaFunction> reaching(TypeDeclaration<?> type, ProjectModel model) {
        if (model.handlerReferences().isEmpty()) {
            return List.of();
        }
        return new ArrayList<>(index(model).reachedTypes.getOrDefault(type, Set.of()));
    }

    private static List<JavaTypeIndex.DeclaredType> usedTypes(JavaTypeIndex.DeclaredType user, JavaTypeIndex types) {
        List<ClassOrInterfaceType> mentioned = new ArrayList<>();
        for (FieldDeclaration field : user.declaration().getFields()) {
            field.getVariables().forEach(variable -> {
                if (variable.getType().isClassOrInterfaceType()) {
                    mentioned.add(variable.getType().asClassOrInterfaceType());
                }
            });
        }
        user.declaration().findAll(ObjectCreationExpr.class).forEach(creation -> mentioned.add(creation.getType()));
        List<JavaTypeIndex.DeclaredType> used = new ArrayList<>();
        for (ClassOrInterfaceType candidate : mentioned) {
            resolve(candidate, user, types).ifPresent(used::add);
        }
        return used;
    }

    /** The project class a type extends, resolved through its file's imports or package. */
    static Optional<JavaTypeIndex.DeclaredType> superclass(JavaTypeIndex.DeclaredType type, JavaTypeIndex types) {
        if (!(type.declaration() instanceof ClassOrInterfaceDeclaration declaration)
                || declaration.getExtendedTypes().isEmpty()) {
            return Optional.empty();
        }
        return resolve(declaration.getExtendedTypes(0), type, types);
    }

    private static Optional<JavaTypeIndex.DeclaredType> resolve(ClassOrInterfaceType reference,
                                                                JavaTypeIndex.DeclaredType site, JavaTypeIndex types) {
        String name = reference.getNameWithScope();
        Optional<JavaTypeIndex.DeclaredType> qualified = types.find(name);
        if (qualified.isPresent()) {
            return qualified;
        }
        CompilationUnit unit = site.source().unit();
        Optional<String> imported = Imports.qualifiedName(unit, reference.getNameAsString());
        if (imported.isPresent()) {
            return types.find(imported.get());
        }
        String packagePrefix = unit.getPackageDeclaration().map(p -> p.getNameAsString() + ".").orElse("");
        return types.find(packagePrefix + name);
    }
}
