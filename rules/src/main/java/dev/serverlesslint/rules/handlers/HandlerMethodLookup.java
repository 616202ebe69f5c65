package dev.serverlesslint.rules.handlers;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.serverlesslint.core.model.JavaTypeIndex;
import dev.serverlesslint.core.model.JavaTypeIndex.DeclaredType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a handler class declares (or inherits from a project supertype) a method of a given name.
 * A supertype outside the project's sources (a framework base class, a library interface with
 * default methods) may provide it: the answer is then "unknown".
 */
final class HandlerMethodLookup {

    enum Result { FOUND, MISSING, UNKNOWN }

    /** Lambda's handler interfaces: they have no default methods, so they never provide the method. */
    private static final Set<String> HANDLER_INTERFACES = Set.of(
            "RequestHandler", "RequestStreamHandler",
            "com.amazonaws.services.lambda.runtime.RequestHandler",
            "com.amazonaws.services.lambda.runtime.RequestStreamHandler");

    private final JavaTypeIndex types;

    HandlerMethodLookup(JavaTypeIndex types) {
        this.types = types;
    }

    Result find(DeclaredType type, String method) {
        // Identity: a declaration's equals/hashCode compare whole subtrees.
        return find(type, method, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private Result find(DeclaredType type, String method, Set<TypeDeclaration<?>> seen) {
        TypeDeclaration<?> declaration = type.declaration();
        if (!seen.add(declaration)) {
            return Result.MISSING;
        }
        if (!declaration.getMethodsByName(method).isEmpty()) {
            return Result.FOUND;
        }
        Result result = Result.MISSING;
        for (ClassOrInterfaceType supertype : supertypes(declaration)) {
            Optional<DeclaredType> resolved = resolve(type, supertype);
            if (resolved.isEmpty()) {
                if (!HANDLER_INTERFACES.contains(supertype.getNameWithScope())) {
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

    private static List<ClassOrInterfaceType> supertypes(TypeDeclaration<?> declaration) {
        List<ClassOrInterfaceType> supertypes = new ArrayList<>();
        if (declaration instanceof ClassOrInterfaceDeclaration c) {
            supertypes.addAll(c.getExtendedTypes());
            supertypes.addAll(c.getImplementedTypes());
        } else if (declaration instanceof EnumDeclaration e) {
            supertypes.addAll(e.getImplementedTypes());
        } else if (declaration instanceof RecordDeclaration r) {
            supertypes.addAll(r.getImplementedTypes());
        }
        return supertypes;
    }

    /** A supertype as written, resolved against the project's types: qualified, nested, imported, same package. */
    private Optional<DeclaredType> resolve(DeclaredType from, ClassOrInterfaceType supertype) {
        String written = supertype.getNameWithScope();
        CompilationUnit unit = from.source().unit();
        String packagePrefix = unit.getPackageDeclaration().map(p -> p.getNameAsString() + ".").orElse("");
        List<String> candidates = new ArrayList<>();
        candidates.add(written);
        for (Node outer = from.declaration(); outer != null; outer = outer.getParentNode().orElse(null)) {
            if (outer instanceof TypeDeclaration<?> enclosing) {
                enclosing.getFullyQualifiedName().ifPresent(name -> candidates.add(name + "." + written));
            }
        }
        String first = written.contains(".") ? written.substring(0, written.indexOf('.')) : written;
        String rest = written.substring(first.length());
        for (ImportDeclaration imported : unit.getImports()) {
            if (imported.isStatic()) {
                continue;
            }
            String name = imported.getNameAsString();
            if (imported.isAsterisk()) {
                candidates.add(name + "." + written);
            } else if (name.equals(first) || name.endsWith("." + first)) {
                candidates.add(name + rest);
            }
        }
        candidates.add(packagePrefix + written);
        return candidates.stream().map(types::find).flatMap(Optional::stream).findFirst();
    }
}
