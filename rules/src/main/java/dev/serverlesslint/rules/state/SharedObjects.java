package dev.serverlesslint.rules.state;

import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import dev.serverlesslint.core.java.JavaSource;
import dev.serverlesslint.core.model.ProjectModel;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * The project types whose instances every request of an execution environment shares: handler classes
 * (the runtime creates one instance), the types of static fields, and, transitively, the types of the
 * fields of shared objects (a service the handler holds in a field, the repository that service holds).
 * Computed once per project model, on first use.
 */
final class SharedObjects {

    private static final Map<ProjectModel, SharedObjects> BY_MODEL = Collections.synchronizedMap(new WeakHashMap<>());

    private final Set<TypeDeclaration<?>> shared = Collections.newSetFromMap(new IdentityHashMap<>());

    private SharedObjects(ProjectModel model) {
        Deque<TypeDeclaration<?>> pending = new ArrayDeque<>();
        for (JavaSource source : model.javaSources()) {
            for (TypeDeclaration<?> type : source.unit().findAll(TypeDeclaration.class)) {
                if (model.requestPaths().isHandlerType(type) && shared.add(type)) {
                    pending.add(type);
                }
                for (FieldDeclaration field : type.getFields()) {
                    if (field.isStatic()) {
                        addFieldTypes(field, model, pending);
                    }
                }
            }
        }
        while (!pending.isEmpty()) {
            for (FieldDeclaration field : pending.poll().getFields()) {
                addFieldTypes(field, model, pending);
            }
        }
    }

    private void addFieldTypes(FieldDeclaration field, ProjectModel model, Deque<TypeDeclaration<?>> pending) {
        for (VariableDeclarator variable : field.getVariables()) {
            model.symbols().types().resolve(variable.getType(), field).ifPresent(type -> {
                if (shared.add(type)) {
                    pending.add(type);
                }
            });
        }
    }

    /** Whether instances of this type are shared by the requests of an environment. */
    static boolean isShared(TypeDeclaration<?> type, ProjectModel model) {
        SharedObjects index;
        synchronized (BY_MODEL) {
            index = BY_MODEL.computeIfAbsent(model, SharedObjects::new);
        }
        return index.shared.contains(type);
    }
}
