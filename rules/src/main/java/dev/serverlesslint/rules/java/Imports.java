package dev.serverlesslint.rules.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;

/** What a file imports, to tell library types with common simple names apart (e.g. {@code java.sql.Connection}). */
public final class Imports {

    private Imports() {
    }

    /** Whether {@code simpleName} is imported from {@code packageName}, by name or wildcard. */
    public static boolean importsType(CompilationUnit unit, String packageName, String simpleName) {
        for (ImportDeclaration declaration : unit.getImports()) {
            String name = declaration.getNameAsString();
            if (declaration.isStatic()) {
                continue;
            }
            if (declaration.isAsterisk() ? name.equals(packageName) : name.equals(packageName + "." + simpleName)) {
                return true;
            }
        }
        return false;
    }

    /** Whether any non-static import starts with {@code prefix} (e.g. {@code com.zaxxer.hikari}). */
    public static boolean importsFrom(CompilationUnit unit, String prefix) {
        for (ImportDeclaration declaration : unit.getImports()) {
            String name = declaration.getNameAsString();
            if (!declaration.isStatic() && (name.equals(prefix) || name.startsWith(prefix + "."))) {
                return true;
            }
        }
        return false;
    }

    /** The qualified name an imported simple name stands for, if a single-type import names it. */
    public static java.util.Optional<String> qualifiedName(CompilationUnit unit, String simpleName) {
        for (ImportDeclaration declaration : unit.getImports()) {
            String name = declaration.getNameAsString();
            if (!declaration.isStatic() && !declaration.isAsterisk() && name.endsWith("." + simpleName)) {
                return java.util.Optional.of(name);
            }
        }
        return java.util.Optional.empty();
    }
}
