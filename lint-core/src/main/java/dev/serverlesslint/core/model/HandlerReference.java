package dev.serverlesslint.core.model;

import dev.serverlesslint.core.java.HandlerInterfaces;

import java.util.Locale;
import java.util.Optional;

/**
 * A Java handler named by a function's configuration: {@code com.example.Handler::handleRequest}
 * or just {@code com.example.Handler} (then the runtime calls {@code handleRequest}).
 */
public record HandlerReference(String className, String methodName, LambdaFunction function) {

    /** The method the runtime calls when the handler string names only a class. */
    public static final String DEFAULT_METHOD = HandlerInterfaces.METHOD;

    /**
     * Reads a handler string as a Java handler when it can be one: {@code Class::method}, or a
     * qualified class name for a function on a Java runtime (or of unknown runtime).
     */
    public static Optional<HandlerReference> parse(String handler, LambdaFunction function) {
        String trimmed = handler.trim();
        Optional<String> runtime = function.runtime().map(r -> r.toLowerCase(Locale.ROOT));
        boolean javaRuntime = runtime.map(r -> r.startsWith("java")).orElse(true);
        if (!javaRuntime) {
            return Optional.empty();
        }
        int separator = trimmed.indexOf("::");
        if (separator > 0) {
            String className = trimmed.substring(0, separator);
            String method = trimmed.substring(separator + 2);
            return isQualifiedName(className) && isIdentifier(method)
                    ? Optional.of(new HandlerReference(className, method, function))
                    : Optional.empty();
        }
        // Without "::" a bare name could be a Python/Node handler ("app.handler") when the runtime
        // is unknown; only trust it on a Java runtime.
        if (runtime.isPresent() && isQualifiedName(trimmed)) {
            return Optional.of(new HandlerReference(trimmed, DEFAULT_METHOD, function));
        }
        return Optional.empty();
    }

    /** The class's simple name: the part after the last dot (or {@code $} for nested classes). */
    public String simpleClassName() {
        int cut = Math.max(className.lastIndexOf('.'), className.lastIndexOf('$'));
        return className.substring(cut + 1);
    }

    private static boolean isQualifiedName(String name) {
        for (String part : name.split("[.$]", -1)) {
            if (!isIdentifier(part)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isIdentifier(String part) {
        if (part.isEmpty() || !Character.isJavaIdentifierStart(part.charAt(0))) {
            return false;
        }
        return part.chars().allMatch(Character::isJavaIdentifierPart);
    }
}
