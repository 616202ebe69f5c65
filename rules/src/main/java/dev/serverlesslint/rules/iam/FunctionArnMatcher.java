package dev.serverlesslint.rules.iam;

import dev.serverlesslint.core.config.ConfigValue;
import dev.serverlesslint.core.model.FunctionKind;
import dev.serverlesslint.core.model.LambdaFunction;
import dev.serverlesslint.core.model.TemplateExpression;

import java.util.List;
import java.util.Optional;

/**
 * Finds which function of a file an IAM {@code Resource} (or a SAM {@code FunctionName}) designates:
 * {@code !GetAtt Fn.Arn}, {@code !Ref Fn}, an ARN template ending in {@code :function:<name>}
 * where the name is the function's {@code FunctionName} (or, in serverless.yml, its {@code name}, or
 * {@code ${self:service}-${sls:stage}-<key>}), with an optional version or alias qualifier.
 */
final class FunctionArnMatcher {

    private final List<LambdaFunction> functions;

    FunctionArnMatcher(List<LambdaFunction> functions) {
        this.functions = functions;
    }

    Optional<LambdaFunction> target(ConfigValue value) {
        Optional<String> template = TemplateExpression.of(value);
        if (template.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> referenced = TemplateExpression.singleReference(template.get());
        if (referenced.isPresent()) {
            return functions.stream().filter(f -> logicalIds(f).contains(referenced.get())).findFirst();
        }
        String text = template.get();
        int marker = text.indexOf(":function:");
        if (marker < 0 && text.contains(":")) {
            return Optional.empty(); // an ARN of something else
        }
        String name = marker >= 0 ? text.substring(marker + ":function:".length()) : text;
        int qualifier = colonOutsideVariables(name);
        if (qualifier >= 0) {
            name = name.substring(0, qualifier);
        }
        if (name.isEmpty() || name.contains("*")) {
            return Optional.empty();
        }
        String functionName = name;
        return functions.stream().filter(f -> isNamed(f, functionName)).findFirst();
    }

    private static int colonOutsideVariables(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth = Math.max(0, depth - 1);
            } else if (c == ':' && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> logicalIds(LambdaFunction function) {
        if (function.kind() == FunctionKind.SERVERLESS) {
            String normalized = function.name().replace("-", "Dash").replace("_", "Underscore");
            String id = normalized.isEmpty() ? normalized
                    : Character.toUpperCase(normalized.charAt(0)) + normalized.substring(1);
            return List.of(id + "LambdaFunction");
        }
        return List.of(function.name());
    }

    private static boolean isNamed(LambdaFunction function, String name) {
        if (name.equals("${" + function.name() + "}") && function.kind() != FunctionKind.SERVERLESS) {
            return true;
        }
        if (function.kind() == FunctionKind.SERVERLESS) {
            Optional<String> own = function.properties().get("name").text();
            if (own.isPresent()) {
                return own.get().equals(name);
            }
            return name.contains("${") && name.endsWith("-" + function.name());
        }
        return TemplateExpression.of(function.properties().get("FunctionName")).filter(name::equals).isPresent();
    }
}
