package dev.serverlesslint.rules.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.serverlesslint.core.model.HandlerReference;
import dev.serverlesslint.core.model.JavaTypeIndex;
import dev.serverlesslint.core.model.LambdaFunction;
import dev.serverlesslint.core.model.ProjectModel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The configured Lambda functions whose handler is a given class, or a project subclass of it
 * (so that state in a Powertools-style base handler belongs to the functions of its subclasses).
 */
public final class HandlerFunctions {

    private static final int MAX_SUPERCLASS_DEPTH = 8;

    private HandlerFunctions() {
    }

    public static List<LambdaFunction> of(TypeDeclaration<?> type, ProjectModel model) {
        Set<LambdaFunction> functions = new LinkedHashSet<>();
        for (HandlerReference reference : model.handlerReferences()) {
            Optional<JavaTypeIndex.DeclaredType> handler = model.types().find(reference.className());
            int depth = 0;
            while (handler.isPresent() && depth++ < MAX_SUPERCLASS_DEPTH) {
                if (handler.get().declaration() == type) {
                    functions.add(reference.function());
                    break;
                }
                handler = superclass(handler.get(), model.types());
            }
        }
        return new ArrayList<>(functions);
    }

    /**
     * The functions of {@link #of}, plus those whose handler class (or a superclass of it) holds a
     * field of this type or creates one with {@code new}: one step of what the handler reaches.
     */
    public static List<LambdaFunction> reaching(TypeDeclaration<?> type, ProjectModel model) {
        Set<LambdaFunction> functions = new LinkedHashSet<>(of(type, model));
        for (HandlerReference reference : model.handlerReferences()) {
            Optional<JavaTypeIndex.DeclaredType> handler = model.types().find(reference.className());
            int depth = 0;
            while (handler.isPresent() && depth++ < MAX_SUPERCLASS_DEPTH) {
                if (uses(handler.get(), type, model.types())) {
                    functions.add(reference.function());
                    break;
                }
                handler = superclass(handler.get(), model.types());
            }
        }
        return new ArrayList<>(functions);
    }

    private static boolean uses(JavaTypeIndex.DeclaredType user, TypeDeclaration<?> used, JavaTypeIndex types) {
        String name = used.getNameAsString();
        List<ClassOrInterfaceType> mentioned = new ArrayList<>();
        for (FieldDeclaration field : user.declaration().getFields()) {
            field.getVariables().forEach(v -> {
                if (v.getType().isClassOrInterfaceType()) {
                    mentioned.add(v.getType().asClassOrInterfaceType());
                }
            });
        }
        user.declaration().findAll(ObjectCreationExpr.class).forEach(creation -> mentioned.add(creation.getType()));
        for (ClassOrInterfaceType candidate : mentioned) {
            if (candidate.getNameAsString().equals(name)
                    && resolve(candidate, user, types).filter(t -> t.declaration() == used).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static Optional<JavaTypeIndex.DeclaredType> resolve(ClassOrInterfaceType reference,
                                                                JavaTypeIndex.DeclaredType site, JavaTypeIndex types) {
        String name = reference.getNameWithScope();
        Optional<JavaTypeIndex.DeclaredType> qualified = types.find(name);
        if (qualified.isPresent()) {
            return qualified;
        }
        CompilationUnit unit = site.source().unit();
        Optional<String> imported = Imports.qualifiedName(unit, reference.getNameAsString());
        if (imported.isPresent()) {
            return types.find(imported.get());
        }
        String packagePrefix = unit.getPackageDeclaration().map(p -> p.getNameAsString() + ".").orElse("");
        return types.find(packagePrefix + name);
    }

    /** The project class a type extends, resolved through its file's imports or package. */
    static Optional<JavaTypeIndex.DeclaredType> superclass(JavaTypeIndex.DeclaredType type, JavaTypeIndex types) {
        if (!(type.declaration() instanceof ClassOrInterfaceDeclaration declaration)
                || declaration.getExtendedTypes().isEmpty()) {
            return Optional.empty();
        }
        return resolve(declaration.getExtendedTypes(0), type, types);
    }
}
