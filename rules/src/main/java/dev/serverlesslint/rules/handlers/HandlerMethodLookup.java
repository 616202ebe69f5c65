package dev.serverlesslint.rules.handlers;

import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.serverlesslint.core.java.HandlerInterfaces;
import dev.serverlesslint.core.java.ProjectTypes;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a handler class declares (or inherits from a project supertype) a method of a given name.
 * A supertype outside the project's sources (a framework base class, a library interface with
 * default methods) may provide it: the answer is then "unknown". Lambda's handler interfaces
 * ({@link HandlerInterfaces}) have no default methods, so they never provide it.
 */
final class HandlerMethodLookup {

    enum Result { FOUND, MISSING, UNKNOWN }

    private final ProjectTypes types;

    HandlerMethodLookup(ProjectTypes types) {
        this.types = types;
    }

    Result find(TypeDeclaration<?> type, String method) {
        // Identity: a declaration's equals/hashCode compare whole subtrees.
        return find(type, method, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private Result find(TypeDeclaration<?> declaration, String method, Set<TypeDeclaration<?>> seen) {
        if (!seen.add(declaration)) {
            return Result.MISSING;
        }
        if (!declaration.getMethodsByName(method).isEmpty()) {
            return Result.FOUND;
        }
        Result result = Result.MISSING;
        for (ClassOrInterfaceType supertype : ProjectTypes.declaredSupertypes(declaration)) {
            Optional<TypeDeclaration<?>> resolved = types.resolve(supertype, declaration);
            if (resolved.isEmpty()) {
                if (!HandlerInterfaces.isHandlerInterface(supertype)) {
                    result = Result.UNKNOWN;
                }
                continue;
            }
            Result inherited = find(resolved.get(), method, seen);
            if (inherited == Result.FOUND) {
                return Result.FOUND;
            }
            if (inherited == Result.UNKNOWN) {
                result = Result.UNKNOWN;
            }
        }
        return result;
    }
}
