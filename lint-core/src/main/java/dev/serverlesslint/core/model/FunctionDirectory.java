package dev.serverlesslint.core.model;

import dev.serverlesslint.core.config.ConfigDocument;
import dev.serverlesslint.core.config.ConfigValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the function of a file that a value names: {@code !Ref Fn}, {@code !GetAtt Fn.Arn} (for
 * serverless.yml, the generated logical ID {@code <Name>LambdaFunction}), a literal function name,
 * or a literal function ARN.
 */
final class FunctionDirectory {

    private final Map<String, LambdaFunction> byLogicalId = new HashMap<>();
    private final Map<String, LambdaFunction> byName = new HashMap<>();

    FunctionDirectory(ConfigDocument document, List<LambdaFunction> functions) {
        for (LambdaFunction function : functions) {
            if (function.kind() == FunctionKind.SERVERLESS) {
                byLogicalId.put(serverlessLogicalId(function.name()), function);
                function.properties().get("name").asLiteralText().ifPresent(n -> byName.put(n, function));
            } else {
                byLogicalId.put(function.name(), function);
                function.properties().get("FunctionName").asLiteralText().ifPresent(n -> byName.put(n, function));
            }
        }
    }

    /** The Serverless Framework's CloudFormation logical ID for a function, e.g. {@code my-fn} -> {@code MyDashfnLambdaFunction}. */
    static String serverlessLogicalId(String functionName) {
        String normalized = functionName.replace("-", "Dash").replace("_", "Underscore");
        if (normalized.isEmpty()) {
            return "LambdaFunction";
        }
        return Character.toUpperCase(normalized.charAt(0)) + normalized.substring(1) + "LambdaFunction";
    }

    /** The function with this logical ID (serverless.yml: the generated {@code <Name>LambdaFunction}). */
    Optional<LambdaFunction> byLogicalId(String logicalId) {
        return Optional.ofNullable(byLogicalId.get(logicalId));
    }

    Optional<LambdaFunction> resolve(ConfigValue reference) {
        Optional<String> id = TemplateExpression.referencedLogicalId(reference);
        if (id.isPresent()) {
            return Optional.ofNullable(byLogicalId.get(id.get()));
        }
        return reference.asLiteralText().flatMap(text -> {
            String name = text.startsWith("arn:") ? TemplateResources.arnName(text).orElse("") : text.trim();
            return Optional.ofNullable(byName.get(name));
        });
    }
}
