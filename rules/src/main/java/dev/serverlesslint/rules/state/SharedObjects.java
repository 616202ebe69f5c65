package dev.serverlesslint.rules.state;

import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import dev.serverlesslint.core.java.JavaSource;
import dev.serverlesslint.core.model.ProjectModel;

import dev.serverlesslint.core.java.NodeKey;
import dev.serverlesslint.core.java.ProjectTypes;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
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

    /** By key: the model may parse a file again between two questions. */
    private final Set<NodeKey> shared = new HashSet<>();

    private SharedObjects(ProjectModel model) {
        ProjectTypes types = model.types();
        // the model's files one after the other, not holding them all
        types.unheld(() -> {
            Deque<TypeDeclaration<?>> pending = new ArrayDeque<>();
            for (String path : model.javaSourcePaths()) {
                Optional<JavaSource> source = types.source(path);
                if (source.isEmpty()) {
                    continue;
                }
                for (TypeDeclaration<?> type : source.get().unit().findAll(TypeDeclaration.class)) {
                    if (model.requestPaths().isHandlerType(type) && add(type, types)) {
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
            return null;
        });
    }

    /** Adds a type declared in the model's files (those are all it resolves names to from them). */
    private boolean add(TypeDeclaration<?> type, ProjectTypes types) {
        Optional<NodeKey> key = types.keyOf(type);
        return key.isPresent() && shared.add(key.get());
    }

    private void addFieldTypes(FieldDeclaration field, ProjectModel model, Deque<TypeDeclaration<?>> pending) {
        for (VariableDeclarator variable : field.getVariables()) {
            model.symbols().types().resolve(variable.getType(), field).ifPresent(type -> {
                if (add(type, model.types())) {
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
        return model.types().keyOf(type).filter(index.shared::contains).isPresent();
    }
}
