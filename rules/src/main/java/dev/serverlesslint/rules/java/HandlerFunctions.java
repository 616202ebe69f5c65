package dev.serverlesslint.rules.java;

import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.serverlesslint.core.java.ProjectTypes;
import dev.serverlesslint.core.model.HandlerReference;
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
        ProjectTypes types = model.types();
        for (HandlerReference reference : model.handlerReferences()) {
            Optional<TypeDeclaration<?>> handler = model.handlerType(reference);
            int depth = 0;
            while (handler.isPresent() && depth++ < MAX_SUPERCLASS_DEPTH) {
                TypeDeclaration<?> declaration = handler.get();
                handlerTypes.computeIfAbsent(declaration, t -> new LinkedHashSet<>()).add(reference.function());
                reachedTypes.computeIfAbsent(declaration, t -> new LinkedHashSet<>()).add(reference.function());
                for (TypeDeclaration<?> used : usedTypes(declaration, types)) {
                    reachedTypes.computeIfAbsent(used, t -> new LinkedHashSet<>()).add(reference.function());
                }
                handler = types.superclass(declaration);
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

    /** The project types a class holds in its fields or creates with {@code new}, resolved where they are written. */
    private static List<TypeDeclaration<?>> usedTypes(TypeDeclaration<?> user, ProjectTypes types) {
        List<ClassOrInterfaceType> mentioned = new ArrayList<>();
        for (FieldDeclaration field : user.getFields()) {
            field.getVariables().forEach(variable -> {
                if (variable.getType().isClassOrInterfaceType()) {
                    mentioned.add(variable.getType().asClassOrInterfaceType());
                }
            });
        }
        user.findAll(ObjectCreationExpr.class).forEach(creation -> mentioned.add(creation.getType()));
        List<TypeDeclaration<?>> used = new ArrayList<>();
        for (ClassOrInterfaceType candidate : mentioned) {
            types.resolve(candidate, candidate).ifPresent(used::add);
        }
        return used;
    }
}
