package dev.serverlesslint.rules.java;

import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.serverlesslint.core.java.JavaOutline;
import dev.serverlesslint.core.java.ProjectTypes;
import dev.serverlesslint.core.model.HandlerReference;
import dev.serverlesslint.core.model.LambdaFunction;
import dev.serverlesslint.core.model.ProjectModel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * The configured Lambda functions whose handler is a given class or a project subclass of it (so
 * that state in a Powertools-style base handler belongs to the functions of its subclasses), and
 * the functions whose handler reaches a class one step away (holds it in a field or creates it).
 *
 * <p>Answered per type, from that type down: its subclasses, and the classes whose files name it,
 * so a run that checks one file parses only the handler classes that can matter to it (building
 * the answer for every handler first would parse every handler class of the project). Memoised per
 * project model.
 */
public final class HandlerFunctions {

    /** How many classes of a handler's superclass chain, the handler included, count as its own. */
    private static final int MAX_SUPERCLASS_DEPTH = 8;

    /** One memo per lint run; weak keys, so a finished run's model can be collected. */
    private static final Map<ProjectModel, HandlerFunctions> BY_MODEL = Collections.synchronizedMap(new WeakHashMap<>());

    private final ProjectModel model;
    /**
     * By the type's key in the model (its trees may be parsed again between two questions), or by identity
     * for a type the model does not hold.
     */
    private final Map<Object, List<LambdaFunction>> of = new HashMap<>();
    private final Map<Object, List<LambdaFunction>> reaching = new HashMap<>();

    private HandlerFunctions(ProjectModel model) {
        this.model = model;
    }

    private static HandlerFunctions memo(ProjectModel model) {
        synchronized (BY_MODEL) {
            return BY_MODEL.computeIfAbsent(model, HandlerFunctions::new);
        }
    }

    /** Functions whose handler class is {@code type} or extends it. */
    public static List<LambdaFunction> of(TypeDeclaration<?> type, ProjectModel model) {
        if (model.handlerReferences().isEmpty()) {
            return List.of();
        }
        HandlerFunctions memo = memo(model);
        synchronized (memo) {
            return new ArrayList<>(memo.of.computeIfAbsent(memo.idOf(type), t -> memo.functionsOf(List.of(type))));
        }
    }

    /**
     * The functions of {@link #of}, plus those whose handler class (or a superclass of it) holds a
     * field of this type or creates one with {@code new}: one step of what the handler reaches.
     */
    public static List<LambdaFunction> reaching(TypeDeclaration<?> type, ProjectModel model) {
        if (model.handlerReferences().isEmpty()) {
            return List.of();
        }
        HandlerFunctions memo = memo(model);
        synchronized (memo) {
            return new ArrayList<>(memo.reaching.computeIfAbsent(memo.idOf(type), t -> memo.functionsReaching(type)));
        }
    }

    private Object idOf(TypeDeclaration<?> type) {
        return model.types().memoKeyOf(type);
    }

    private List<LambdaFunction> functionsReaching(TypeDeclaration<?> type) {
        List<TypeDeclaration<?>> chainMembers = new ArrayList<>(List.of(type));
        chainMembers.addAll(usersOf(type));
        return functionsOf(chainMembers);
    }

    /**
     * The functions, in configuration order, whose handler class has one of these classes in its
     * superclass chain (within {@link #MAX_SUPERCLASS_DEPTH} classes).
     */
    private List<LambdaFunction> functionsOf(List<TypeDeclaration<?>> chainMembers) {
        ProjectTypes types = model.types();
        Set<Object> handlers = new HashSet<>();
        Set<String> names = new HashSet<>();
        List<TypeDeclaration<?>> level = new ArrayList<>(chainMembers);
        for (int depth = 0; depth < MAX_SUPERCLASS_DEPTH && !level.isEmpty(); depth++) {
            List<TypeDeclaration<?>> next = new ArrayList<>();
            for (TypeDeclaration<?> member : level) {
                if (handlers.add(idOf(member))) {
                    member.getFullyQualifiedName().ifPresent(names::add);
                    for (TypeDeclaration<?> subtype : types.subtypes(member)) {
                        if (types.superclass(subtype).filter(parent -> types.same(parent, member)).isPresent()) {
                            next.add(subtype);
                        }
                    }
                }
            }
            level = next;
        }
        Set<LambdaFunction> functions = new LinkedHashSet<>();
        for (HandlerReference reference : model.handlerReferences()) {
            // by name first: resolving every reference would parse every handler class
            if (names.contains(reference.className().replace('$', '.'))
                    && model.handlerType(reference).filter(type -> handlers.contains(idOf(type))).isPresent()) {
                functions.add(reference.function());
            }
        }
        return List.copyOf(functions);
    }

    /** The project classes that hold a field of this type or create one: only files naming it can. */
    private List<TypeDeclaration<?>> usersOf(TypeDeclaration<?> type) {
        // one file after the other, not holding them all: compared by key
        return model.types().unheld(() -> usersOf(type, model.types()));
    }

    private List<TypeDeclaration<?>> usersOf(TypeDeclaration<?> type, ProjectTypes types) {
        String simpleName = type.getNameAsString();
        List<TypeDeclaration<?>> users = new ArrayList<>();
        Set<Object> seen = new HashSet<>();
        for (JavaOutline outline : model.javaOutlines()) {
            if (!model.names(outline, simpleName)) {
                continue;
            }
            for (JavaOutline.DeclaredType declared : outline.types()) {
                for (TypeDeclaration<?> candidate : types.named(declared.qualifiedName())) {
                    // by key, not equals: JavaParser nodes are equal when they read the same (one class in two modules)
                    if (seen.add(idOf(candidate))
                            && usedTypes(candidate, types).stream().anyMatch(used -> types.same(used, type))) {
                        users.add(candidate);
                    }
                }
            }
        }
        return users;
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
