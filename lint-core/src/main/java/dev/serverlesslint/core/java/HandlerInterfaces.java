package dev.serverlesslint.core.java;

import com.github.javaparser.ast.type.ClassOrInterfaceType;

import java.util.Set;

/**
 * The Lambda Java runtime's handler interfaces ({@code aws-lambda-java-core}): a class implementing
 * one of them is a handler, and since they declare no default methods they never provide a handler
 * method themselves. The project's one list of them.
 */
public final class HandlerInterfaces {

    /** The package the runtime's interfaces are in. */
    public static final String RUNTIME_PACKAGE = "com.amazonaws.services.lambda.runtime";
    /** Their simple names. */
    public static final Set<String> NAMES = Set.of("RequestHandler", "RequestStreamHandler");
    /** The one method they declare: the runtime calls it when a handler string names only a class. */
    public static final String METHOD = "handleRequest";

    private HandlerInterfaces() {
    }

    /** Whether a supertype as written ({@code RequestHandler<A, B>} or fully qualified) is one of them. */
    /** {@link #isHandlerInterface(ClassOrInterfaceType)} for a name as written, without type arguments ({@code a.b.RequestHandler}). */
    public static boolean isHandlerInterface(String nameAsWritten) {
        int dot = nameAsWritten.lastIndexOf('.');
        return NAMES.contains(nameAsWritten.substring(dot + 1))
                && (dot < 0 || nameAsWritten.substring(0, dot).equals(RUNTIME_PACKAGE));
    }

    public static boolean isHandlerInterface(ClassOrInterfaceType type) {
        return NAMES.contains(type.getNameAsString())
                && type.getScope().map(scope -> scope.asString().equals(RUNTIME_PACKAGE)).orElse(true);
    }
}
