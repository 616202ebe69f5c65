package dev.serverlesslint.rules.templates;

import dev.serverlesslint.core.config.ConfigDocument;
import dev.serverlesslint.core.config.ConfigFormat;
import dev.serverlesslint.core.config.ConfigValue;

import java.util.List;
import java.util.Optional;

/**
 * The CloudFormation resources of a configuration file: {@code Resources} of a SAM or
 * CloudFormation template, {@code resources.Resources} of a serverless.yml.
 */
public final class TemplateResources {

    private TemplateResources() {
    }

    public static ConfigValue of(ConfigDocument document) {
        return document.format() == ConfigFormat.SERVERLESS
                ? document.root().at("resources", "Resources")
                : document.root().get("Resources");
    }

    /** The resources of one type, e.g. {@code AWS::IAM::Role}, in file order. */
    public static List<ConfigValue.Entry> ofType(ConfigDocument document, String type) {
        return of(document).entries().stream()
                .filter(e -> type.equals(e.value().get("Type").text().orElse("")))
                .toList();
    }

    /** The resource with this logical name when it has this type. */
    public static Optional<ConfigValue.Entry> find(ConfigDocument document, String logicalName, String type) {
        return of(document).entry(logicalName)
                .filter(e -> type.equals(e.value().get("Type").text().orElse("")));
    }
}
