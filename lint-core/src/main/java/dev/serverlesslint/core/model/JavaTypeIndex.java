package dev.serverlesslint.core.model;

import com.github.javaparser.ast.body.TypeDeclaration;
import dev.serverlesslint.core.java.JavaSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The project's Java types by binary-style qualified name ({@code com.x.Outer$Inner} and {@code com.x.Outer.Inner}). */
public final class JavaTypeIndex {

    /** A type declaration and the file it is in. */
    public record DeclaredType(JavaSource source, TypeDeclaration<?> declaration) {
    }

    private final Map<String, DeclaredType> byName = new HashMap<>();

    public JavaTypeIndex(List<JavaSource> sources) {
        for (JavaSource source : sources) {
            String packagePrefix = source.unit().getPackageDeclaration()
                    .map(p -> p.getNameAsString() + ".")
                    .orElse("");
            for (TypeDeclaration<?> type : source.unit().getTypes()) {
                register(source, type, packagePrefix + type.getNameAsString(), packagePrefix + type.getNameAsString());
            }
        }
    }

    private void register(JavaSource source, TypeDeclaration<?> type, String binaryName, String canonicalName) {
        DeclaredType declared = new DeclaredType(source, type);
        byName.putIfAbsent(binaryName, declared);
        byName.putIfAbsent(canonicalName, declared);
        for (var member : type.getMembers()) {
            if (member instanceof TypeDeclaration<?> nested) {
                register(source, nested, binaryName + "$" + nested.getNameAsString(),
                        canonicalName + "." + nested.getNameAsString());
            }
        }
    }

    public Optional<DeclaredType> find(String qualifiedName) {
        return Optional.ofNullable(byName.get(qualifiedName));
    }
}
