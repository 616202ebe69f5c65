package dev.serverlesslint.core.model;

import dev.serverlesslint.core.config.ConfigDocument;
import dev.serverlesslint.core.config.ConfigFormat;
import dev.serverlesslint.core.config.ConfigValue;
import dev.serverlesslint.core.packaging.DeclaredCode;

import java.util.ArrayList;
import java.util.List;

/** Reads from configuration files what their functions deploy, for the packaging scanner to measure. */
public final class DeployedCode {

    private DeployedCode() {
    }

    /** The code and layers every function of these files declares; a file this cannot follow declares none. */
    public static List<DeclaredCode> declaredIn(List<ConfigDocument> documents) {
        List<DeclaredCode> declared = new ArrayList<>();
        for (ConfigDocument document : documents) {
            try {
                declared.addAll(of(document));
            } catch (RuntimeException e) {
                // A configuration this reader cannot follow only loses its artifacts; the lint goes on.
            }
        }
        return declared;
    }

    private static List<DeclaredCode> of(ConfigDocument document) {
        List<LambdaFunction> functions = FunctionReader.functionsOf(document);
        List<DeclaredCode> declared = new ArrayList<>();
        if (document.format() == ConfigFormat.SERVERLESS) {
            ConfigValue serviceArtifact = document.root().at("package", "artifact");
            for (LambdaFunction function : functions) {
                ConfigValue own = function.properties().at("package", "artifact");
                declared.add(new DeclaredCode(document, own.isPresent() ? own : serviceArtifact,
                        own.isPresent() ? function.name() : null, serverlessLayers(document, function)));
            }
            if (functions.isEmpty()) {
                declared.add(new DeclaredCode(document, serviceArtifact, null, List.of()));
            }
            return declared;
        }
        TemplateResources resources = TemplateResources.of(document);
        for (LambdaFunction function : functions) {
            ConfigValue code = function.kind() == FunctionKind.CLOUDFORMATION
                    ? function.properties().get("Code") : function.property("CodeUri");
            declared.add(new DeclaredCode(document, code, function.name(), templateLayers(resources, function)));
        }
        return declared;
    }

    /** SAM / CloudFormation {@code Layers: [!Ref X]} where X is a layer resource of the file. */
    private static List<DeclaredCode.Layer> templateLayers(TemplateResources resources, LambdaFunction function) {
        List<DeclaredCode.Layer> layers = new ArrayList<>();
        for (ConfigValue item : function.property("Layers").items()) {
            TemplateExpression.referencedLogicalId(item).flatMap(resources::get).ifPresent(resource -> {
                ConfigValue content = switch (resource.type()) {
                    case "AWS::Serverless::LayerVersion" -> resource.properties().get("ContentUri");
                    case "AWS::Lambda::LayerVersion" -> resource.properties().get("Content");
                    default -> ConfigValue.MISSING;
                };
                layers.add(new DeclaredCode.Layer(resource.logicalId(), content));
            });
        }
        return layers;
    }

    /** serverless.yml function {@code layers: [{Ref: NameLambdaLayer}]} for a {@code layers.name.path} of this service. */
    private static List<DeclaredCode.Layer> serverlessLayers(ConfigDocument document, LambdaFunction function) {
        List<DeclaredCode.Layer> layers = new ArrayList<>();
        for (ConfigValue item : function.property("layers").items()) {
            TemplateExpression.referencedLogicalId(item).ifPresent(reference -> {
                for (ConfigValue.Entry layer : document.root().get("layers").entries()) {
                    if (reference.equals(serverlessLayerReference(layer.name()))) {
                        layers.add(new DeclaredCode.Layer(layer.name(), layer.value().get("path")));
                    }
                }
            });
        }
        return layers;
    }

    /** The logical ID the Serverless Framework gives a layer: {@code my-layer} is {@code MyDashlayerLambdaLayer}. */
    public static String serverlessLayerReference(String name) {
        String normalized = name.replace("-", "Dash").replace("_", "Underscore");
        return normalized.isEmpty() ? normalized
                : Character.toUpperCase(normalized.charAt(0)) + normalized.substring(1) + "LambdaLayer";
    }
}
