package dev.serverlesslint.rules.clients;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import dev.serverlesslint.rules.java.VariableLookup;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * What the code shows of a client's configuration: the methods called while building it
 * (following configuration objects held in variables and fields of the same file), and whether
 * some configuration comes from code the linter cannot see (a parameter, a factory method).
 */
final class ClientConfigurationInspection {

    private static final int MAX_DEPTH = 4;

    private final Set<String> calledMethods = new HashSet<>();
    private boolean opaque;

    private ClientConfigurationInspection() {
    }

    static ClientConfigurationInspection of(Expression creation, ClientFamily family) {
        ClientConfigurationInspection inspection = new ClientConfigurationInspection();
        inspection.inspect(creation, family, 0);
        if (creation instanceof ObjectCreationExpr constructor) {
            // new AmazonS3Client(credentials, clientConfiguration): any argument may be the configuration
            constructor.getArguments().forEach(argument -> inspection.inspectConfiguration(argument, family, 0));
        }
        return inspection;
    }

    boolean sets(Set<String> methods) {
        return calledMethods.stream().anyMatch(methods::contains);
    }

    boolean sets(String method) {
        return calledMethods.contains(method);
    }

    /** Some configuration comes from code that is not visible here. */
    boolean isOpaque() {
        return opaque;
    }

    private void inspect(Expression expression, ClientFamily family, int depth) {
        for (MethodCallExpr call : expression.findAll(MethodCallExpr.class)) {
            calledMethods.add(call.getNameAsString());
            if (family.configurationSteps().contains(call.getNameAsString())) {
                call.getArguments().forEach(argument -> inspectConfiguration(argument, family, depth));
            }
        }
    }

    private void inspectConfiguration(Expression argument, ClientFamily family, int depth) {
        if (depth >= MAX_DEPTH) {
            opaque = true;
            return;
        }
        if (argument instanceof LambdaExpr || argument instanceof ObjectCreationExpr
                || argument.isLiteralExpr() || isStaticChain(argument)) {
            inspect(argument, family, depth + 1);
            return;
        }
        if (argument instanceof NameExpr || (argument instanceof FieldAccessExpr access
                && access.getScope() instanceof ThisExpr)) {
            Optional<VariableLookup.Declaration> declaration = VariableLookup.resolve(argument);
            if (declaration.isEmpty()) {
                opaque = true; // a constant of another class, or an unknown name
                return;
            }
            for (MethodCallExpr call : VariableLookup.callsOn(declaration.get())) {
                inspect(call, family, depth + 1);
            }
            if (declaration.get().initializer().isPresent()) {
                inspectConfiguration(declaration.get().initializer().get(), family, depth + 1);
            } else {
                opaque = true; // a parameter, or a field assigned elsewhere
            }
            return;
        }
        if (argument instanceof MethodReferenceExpr) {
            opaque = true;
            return;
        }
        opaque = true; // a factory method, a getter: configured where we cannot see
    }

    /** {@code Type.builder()...build()} or {@code new Type()...}: built right here. */
    private static boolean isStaticChain(Expression expression) {
        if (!(expression instanceof MethodCallExpr)) {
            return false;
        }
        Expression current = expression;
        while (current instanceof MethodCallExpr call && call.getScope().isPresent()) {
            current = call.getScope().get();
        }
        if (current instanceof ObjectCreationExpr) {
            return true;
        }
        if (current instanceof NameExpr name) {
            return Character.isUpperCase(name.getNameAsString().charAt(0));
        }
        return current instanceof FieldAccessExpr access && Character.isUpperCase(access.getNameAsString().charAt(0));
    }
}
