package dev.serverlesslint.core.java;

import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Name;
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
 * missing (except one spelled with Unicode escapes).
 *
 * @param path         the reported path
 * @param packageName  the package declaration, {@code ""} for none
 * @param types        every class, interface, enum, record and annotation type declared, nested and local ones included
 * @param names        every identifier in the file's code (not in comments or literals), keywords excepted
 */
public record JavaOutline(String path, String packageName, List<DeclaredType> types, Set<String> names) {

    /**
     * A type declaration's simple name and the identifiers of its header between the name and the
     * body ({@code extends}, {@code implements}, {@code permits}, type parameters, record components).
     */
    public record DeclaredType(String name, Set<String> headerNames) {
    }

    public JavaOutline {
        types = List.copyOf(types);
        names = Set.copyOf(names);
    }

    /** The outline of a file already parsed (for models built from trees, as in tests). */
    public static JavaOutline of(JavaSource source) {
        Set<String> names = new HashSet<>();
        source.unit().walk(SimpleName.class, name -> names.add(name.getIdentifier()));
        source.unit().walk(Name.class, name -> names.add(name.getIdentifier()));
        List<DeclaredType> types = new ArrayList<>();
        source.unit().walk(TypeDeclaration.class, type -> {
            Set<String> header = new HashSet<>();
            for (ClassOrInterfaceType supertype : ProjectTypes.declaredSupertypes(type)) {
                supertype.walk(SimpleName.class, name -> header.add(name.getIdentifier()));
            }
            types.add(new DeclaredType(type.getNameAsString(), header));
        });
        String packageName = source.unit().getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
        return new JavaOutline(source.path(), packageName, types, names);
    }
}
