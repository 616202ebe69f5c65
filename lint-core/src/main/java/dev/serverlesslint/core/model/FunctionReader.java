package dev.serverlesslint.core.model;

import dev.serverlesslint.core.config.ConfigDocument;
import dev.serverlesslint.core.config.ConfigFormat;
import dev.serverlesslint.core.config.ConfigValue;

import java.util.ArrayList;
import java.util.List;

/** Lists the Lambda functions a configuration file declares. */
public final class FunctionReader {

    private FunctionReader() {
    }

    public static List<LambdaFunction> functionsOf(ConfigDocument document) {
        return document.format() == ConfigFormat.SERVERLESS
                ? serverlessFunctions(document)
                : cloudFormationFunctions(document);
    }

    private static List<LambdaFunction> serverlessFunctions(ConfigDocument document) {
        ConfigValue root = document.root();
        ConfigValue provider = root.get("provider");
        List<LambdaFunction> functions = new ArrayList<>();
        boolean otherCloud = provider.get("name").asLiteralText().map(name -> !name.trim().equals("aws")).orElse(false);
        if (otherCloud) {
            return functions; // openwhisk, azure, google...: not Lambda functions
        }
        for (ConfigValue.Entry entry : root.get("functions").entries()) {
            if (entry.value().isMapping()) {
                functions.add(new LambdaFunction(entry.name(), FunctionKind.SERVERLESS, document,
                        entry.key(), entry.value(), provider));
            }
        }
        return functions;
    }

    private static List<LambdaFunction> cloudFormationFunctions(ConfigDocument document) {
        ConfigValue root = document.root();
        ConfigValue globals = root.at("Globals", "Function");
        List<LambdaFunction> functions = new ArrayList<>();
        for (ConfigValue.Entry entry : root.get("Resources").entries()) {
            ConfigValue resource = entry.value();
            String type = resource.get("Type").text().orElse("");
            ConfigValue properties = resource.get("Properties");
            if (type.equals("AWS::Serverless::Function")) {
                functions.add(new LambdaFunction(entry.name(), FunctionKind.SAM, document,
                        entry.key(), properties, globals));
            } else if (type.equals("AWS::Lambda::Function")) {
                functions.add(new LambdaFunction(entry.name(), FunctionKind.CLOUDFORMATION, document,
                        entry.key(), properties, ConfigValue.MISSING));
            }
        }
        return functions;
    }
}
