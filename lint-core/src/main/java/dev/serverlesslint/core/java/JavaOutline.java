package dev.serverlesslint.core.java;

import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.Name;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.type.ClassOrInterfaceType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a quick lexical scan tells about a Java file without parsing it: enough to decide which
 * files the request-path model needs (see {@code RequestPathFiles}). Every set errs on the side of
 * too much: a name in the outline may not be a type, but a type the file declares or names is never
 * missing (names spelled with Unicode escapes are read decoded, as javac reads them).
 *
 * @param path           the reported path
 * @param packageName    the package declaration, {@code ""} for none
 * @param imports        the import declarations, in order
 * @param types          every class, interface, enum, record and annotation type declared, nested and local ones included
 * @param names          every identifier in the file's code (not in comments or literals), keywords excepted;
 *                       rules ask about them through {@code ProjectModel#names} and its kind, which record
 *                       the question for the result cache (a file's changed identifiers invalidate other
 *                       files' cached checks only when a question named them)
 * @param dottedNames    every run of two or more identifiers joined by dots in the file's code outside
 *                       imports and the package declaration ({@code com.x.Order}, {@code order.id}):
 *                       the places a qualified type name can be written
 */
public record JavaOutline(String path, String packageName, List<Import> imports, List<DeclaredType> types,
                          Set<String> names, Set<String> dottedNames) {

    /**
     * A type declaration's simple name, its qualified name (package and enclosing types, as the
     * model's type index names it; a local type is named as if it were a member of its enclosing
     * type) and the identifiers of its header between the name and the body ({@code extends},
     * {@code implements}, {@code permits}, type parameters, record components).
     */
    public record DeclaredType(String name, String qualifiedName, Set<String> headerNames) {
    }

    /**
     * An import declaration: the name as written, without {@code static} and without the trailing
     * {@code .*} of an on-demand import.
     */
    public record Import(String name, boolean isStatic, boolean onDemand) {

        /** The simple name a single-type import brings into scope, {@code ""} for other imports. */
        public String importedSimpleName() {
            return isStatic || onDemand ? "" : name.substring(name.lastIndexOf('.') + 1);
        }
    }

    public JavaOutline {
        imports = List.copyOf(imports);
        types = List.copyOf(types);
        names = Set.copyOf(names);
        dottedNames = Set.copyOf(dottedNames);
    }

    /** The outline of a file already parsed (for models built from trees, as in tests). */
    public static JavaOutline of(JavaSource source) {
        Set<String> names = new HashSet<>();
        source.unit().walk(SimpleName.class, name -> names.add(name.getIdentifier()));
        source.unit().walk(Name.class, name -> names.add(name.getIdentifier()));
        String packageName = source.unit().getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
        List<DeclaredType> types = new ArrayList<>();
        source.unit().walk(TypeDeclaration.class, type -> {
            Set<String> header = new HashSet<>();
            for (ClassOrInterfaceType supertype : ProjectTypes.declaredSupertypes(type)) {
                supertype.walk(SimpleName.class, name -> header.add(name.getIdentifier()));
            }
            types.add(new DeclaredType(type.getNameAsString(), qualifiedName(packageName, type), header));
        });
        List<Import> imports = new ArrayList<>();
        for (ImportDeclaration imported : source.unit().getImports()) {
            imports.add(new Import(imported.getNameAsString(), imported.isStatic(), imported.isAsterisk()));
        }
        Set<String> dotted = new HashSet<>();
        source.unit().walk(ClassOrInterfaceType.class, type -> {
            if (type.getScope().isPresent()) {
                dotted.add(nameWithScope(type));
            }
        });
        source.unit().walk(FieldAccessExpr.class, access -> {
            if (isNameChain(access)) {
                dotted.add(access.toString());
            }
        });
        source.unit().walk(Name.class, name -> {
            if (name.getQualifier().isPresent() && !(name.getParentNode().orElse(null) instanceof ImportDeclaration)
                    && !(name.getParentNode().orElse(null) instanceof com.github.javaparser.ast.PackageDeclaration)) {
                dotted.add(name.asString());
            }
        });
        return new JavaOutline(source.path(), packageName, imports, types, names, dotted);
    }

    private static boolean isNameChain(FieldAccessExpr access) {
        Node scope = access.getScope();
        return scope instanceof NameExpr || scope instanceof FieldAccessExpr inner && isNameChain(inner);
    }

    private static String nameWithScope(ClassOrInterfaceType type) {
        return type.getScope().map(scope -> nameWithScope(scope) + ".").orElse("") + type.getNameAsString();
    }

    private static String qualifiedName(String packageName, TypeDeclaration<?> type) {
        StringBuilder name = new StringBuilder(type.getNameAsString());
        for (Node outer = type.getParentNode().orElse(null); outer != null; outer = outer.getParentNode().orElse(null)) {
            if (outer instanceof TypeDeclaration<?> enclosing) {
                name.insert(0, enclosing.getNameAsString() + ".");
            }
        }
        return packageName.isEmpty() ? name.toString() : packageName + "." + name;
    }
}
