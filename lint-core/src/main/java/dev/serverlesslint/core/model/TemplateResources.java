package dev.serverlesslint.core.model;

import dev.serverlesslint.core.config.ConfigDocument;
import dev.serverlesslint.core.config.ConfigFormat;
import dev.serverlesslint.core.config.ConfigValue;
import dev.serverlesslint.core.finding.SourcePosition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The CloudFormation resources of one file (a template's {@code Resources}; serverless.yml's
 * {@code resources.Resources}, or the {@code Resources} of every item when {@code resources} is a
 * list, as the Serverless Framework allows) and "the resource this value points to": an intrinsic
 * reference ({@link TemplateExpression#referencedLogicalId}), or a literal ARN whose name matches a
 * resource's literal name property. The project model builds one per file ({@link ProjectModel#resources}).
 */
public final class TemplateResources {

    /** One resource: its logical ID, type, key (for positions) and whole definition. */
    public record Resource(String logicalId, String type, ConfigValue key, ConfigValue definition) {
        public ConfigValue properties() {
            return definition.get("Properties");
        }

        public SourcePosition position() {
            return key.position();
        }
    }

    private final Map<String, Resource> byId = new LinkedHashMap<>();

    private TemplateResources() {
    }

    public static TemplateResources of(ConfigDocument document) {
        TemplateResources resources = new TemplateResources();
        if (document.format() == ConfigFormat.SERVERLESS) {
            ConfigValue declared = document.root().get("resources");
            if (declared.isSequence()) {
                declared.items().forEach(item -> resources.add(item.get("Resources")));
            } else {
                resources.add(declared.get("Resources"));
            }
        } else {
            resources.add(document.root().get("Resources"));
        }
        return resources;
    }

    private void add(ConfigValue resources) {
        for (ConfigValue.Entry entry : resources.entries()) {
            if (entry.value().isMapping()) {
                String type = entry.value().get("Type").asLiteralText().orElse("");
                byId.put(entry.name(), new Resource(entry.name(), type, entry.key(), entry.value()));
            }
        }
    }

    public Optional<Resource> get(String logicalId) {
        return Optional.ofNullable(byId.get(logicalId));
    }

    public List<Resource> all() {
        return List.copyOf(byId.values());
    }

    /** The resource with this logical ID when it has this type, e.g. {@code AWS::IAM::Role}. */
    public Optional<Resource> get(String logicalId, String type) {
        return get(logicalId).filter(r -> r.type().equals(type));
    }

    /** The resources of one type, in file order. */
    public List<Resource> ofType(String type) {
        return byId.values().stream().filter(r -> r.type().equals(type)).toList();
    }

    /** The resource a value refers to in this file, if it can be known without deploying. */
    public Optional<Resource> resolve(ConfigValue reference) {
        Optional<String> id = TemplateExpression.referencedLogicalId(reference);
        if (id.isPresent()) {
            return get(id.get());
        }
        return literalArnName(reference).flatMap(this::byLiteralName);
    }

    /** The name part of a literal ARN ({@code arn:aws:sqs:r:a:NAME}, {@code ...:table/NAME/stream/..}). */
    private static Optional<String> literalArnName(ConfigValue value) {
        Optional<String> text = value.asLiteralText();
        if (text.isEmpty()) {
            String tag = value.tag().orElse("");
            ConfigValue sub = tag.equals("!Sub") ? value
                    : value.isIntrinsicFunction() && value.entries().get(0).name().equals("Fn::Sub")
                    ? value.entries().get(0).value() : ConfigValue.MISSING;
            text = sub.text();
        }
        return text.flatMap(TemplateResources::arnName);
    }

    static Optional<String> arnName(String arn) {
        String[] parts = arn.trim().split(":", 6);
        if (parts.length < 6 || !parts[0].equals("arn")) {
            return Optional.empty();
        }
        String rest = parts[5];
        String name = switch (parts[2]) {
            case "dynamodb", "kinesis" -> {
                String[] segments = rest.split("/");
                yield segments.length >= 2 ? segments[1] : null;
            }
            case "lambda" -> rest.startsWith("function:") ? rest.substring("function:".length()).split(":")[0] : null;
            default -> rest;
        };
        return name == null || name.isEmpty() || name.contains("${") ? Optional.empty() : Optional.of(name);
    }

    private Optional<Resource> byLiteralName(String name) {
        List<Resource> matches = new ArrayList<>();
        for (Resource resource : byId.values()) {
            ConfigValue props = resource.properties();
            String key = switch (resource.type()) {
                case "AWS::SQS::Queue" -> "QueueName";
                case "AWS::SNS::Topic" -> "TopicName";
                case "AWS::DynamoDB::Table" -> "TableName";
                case "AWS::Kinesis::Stream" -> "Name";
                default -> null;
            };
            if (key != null && props.get(key).asLiteralText().map(name::equals).orElse(false)) {
                matches.add(resource);
            }
        }
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }
}
