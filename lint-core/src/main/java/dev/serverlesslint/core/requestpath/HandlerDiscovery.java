package dev.serverlesslint.core.requestpath;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.serverlesslint.core.java.JavaSource;
import dev.serverlesslint.core.model.HandlerReference;
import dev.serverlesslint.core.model.ProjectModel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the handler methods declared in a file: {@code handleRequest} of classes implementing the
 * Lambda runtime's {@code RequestHandler} or {@code RequestStreamHandler}, and any method that a
 * function's configuration names as its handler.
 */
public final class HandlerDiscovery {

    private static final Set<String> HANDLER_INTERFACES = Set.of("RequestHandler", "RequestStreamHandler");

    private HandlerDiscovery() {
    }

    public static List<MethodDeclaration> handlerMethods(JavaSource source, ProjectModel model) {
        Set<MethodDeclaration> methods = new LinkedHashSet<>();
        for (TypeDeclaration<?> type : source.unit().findAll(TypeDeclaration.class)) {
            Set<String> names = new LinkedHashSet<>();
            if (implementsHandlerInterface(type)) {
                names.add(HandlerReference.DEFAULT_METHOD);
            }
            for (HandlerReference reference : model.handlerReferencesTo(type)) {
                names.add(reference.methodName());
            }
            for (String name : names) {
                for (MethodDeclaration method : type.getMethodsByName(name)) {
                    if (method.getBody().isPresent()) {
                        methods.add(method);
                    }
                }
            }
        }
        return new ArrayList<>(methods);
    }

    private static boolean implementsHandlerInterface(TypeDeclaration<?> type) {
        if (!(type instanceof ClassOrInterfaceDeclaration declaration) || declaration.isInterface()) {
            return false;
        }
        for (ClassOrInterfaceType implemented : declaration.getImplementedTypes()) {
            if (HANDLER_INTERFACES.contains(implemented.getNameAsString())) {
                return true;
            }
        }
        return false;
    }

    /** {@code OrderHandler.handleRequest}, for messages. */
    public static String describe(MethodDeclaration method) {
        String owner = method.findAncestor(TypeDeclaration.class)
                .map(TypeDeclaration::getNameAsString)
                .orElse("?");
        return owner + "." + method.getNameAsString();
    }
}
