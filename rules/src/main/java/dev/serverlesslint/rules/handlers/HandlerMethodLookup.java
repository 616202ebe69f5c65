package dev.serverlesslint.rules.handlers;

import dev.serverlesslint.core.java.HandlerInterfaces;
import dev.serverlesslint.core.java.NodeKey;
import dev.serverlesslint.core.java.ProjectTypes;

import java.util.HashSet;
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

    /** From the type index's summaries: no class file is parsed again for this. */
    Result find(NodeKey type, String method) {
        return find(type, method, new HashSet<>());
    }

    private Result find(NodeKey declaration, String method, Set<NodeKey> seen) {
        if (!seen.add(declaration)) {
            return Result.MISSING;
        }
        ProjectTypes.TypeSummary summary = types.summary(declaration);
        if (summary.methods().stream().anyMatch(declared -> declared.name().equals(method))) {
            return Result.FOUND;
        }
        Result result = Result.MISSING;
        for (String supertype : summary.declaredSupertypes()) {
            Optional<NodeKey> resolved = types.resolveKey(supertype, declaration);
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
