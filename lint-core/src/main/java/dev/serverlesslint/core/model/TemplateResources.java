package dev.serverlesslint.core.model;

import dev.serverlesslint.core.config.ConfigDocument;
import dev.serverlesslint.core.config.ConfigFormat;
import dev.serverlesslint.core.config.ConfigValue;
import dev.serverlesslint.core.finding.SourcePosition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CloudFormation resources of one file (a template's {@code Resources}, or serverless.yml's
 * {@code resources.Resources}) and the resolver for "the resource this value points to":
 * {@code !Ref X}, {@code !GetAtt X.Arn}, {@code Fn::GetAtt}, {@code !Sub '${X.Arn}'}, or a literal
 * ARN whose name matches a resource's literal name property.
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

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}!][^}]*)}");
    private static final Pattern WHOLE_PLACEHOLDER = Pattern.compile("\\s*\\$\\{([A-Za-z0-9]+)(?:\\.[A-Za-z0-9.]+)?}\\s*");

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

    public List<Resource> ofType(String type) {
        return byId.values().stream().filter(r -> r.type().equals(type)).toList();
    }

    /** The resource a value refers to in this file, if it can be known without deploying. */
    public Optional<Resource> resolve(ConfigValue reference) {
        Optional<String> id = referencedLogicalId(reference);
        if (id.isPresent()) {
            return get(id.get());
        }
        return literalArnName(reference).flatMap(this::byLiteralName);
    }

    /**
     * The logical ID a value names: {@code !Ref X}, {@code !GetAtt X.Attr}, {@code !GetAtt [X, Attr]},
     * their long forms, or a {@code !Sub} whose whole text is one {@code ${X}} / {@code ${X.Attr}}.
     */
    public static Optional<String> referencedLogicalId(ConfigValue value) {
        String tag = value.tag().orElse("");
        if (tag.equals("!Ref")) {
            return value.text().map(TemplateResources::beforeDot);
        }
        if (tag.equals("!GetAtt")) {
            return getAttTarget(value);
        }
        if (tag.equals("!Sub")) {
            return subTarget(value);
        }
        if (value.isIntrinsicFunction()) {
            ConfigValue.Entry only = value.entries().get(0);
            return switch (only.name()) {
                case "Ref" -> only.value().text().map(TemplateResources::beforeDot);
                case "Fn::GetAtt" -> getAttTarget(only.value());
                case "Fn::Sub" -> subTarget(only.value());
                default -> Optional.empty();
            };
        }
        return Optional.empty();
    }

    /** Every logical ID a value mentions anywhere inside it (Ref, GetAtt, Sub placeholders). */
    public static Set<String> referencedLogicalIds(ConfigValue value) {
        Set<String> ids = new LinkedHashSet<>();
        collectReferences(value, ids, 0);
        return ids;
    }

    private static void collectReferences(ConfigValue value, Set<String> ids, int depth) {
        if (depth > 50) {
            return;
        }
        String tag = value.tag().orElse("");
        if (tag.equals("!Ref") || tag.equals("!GetAtt")) {
            referencedLogicalId(value).ifPresent(ids::add);
        } else if (tag.equals("!Sub")) {
            value.text().ifPresent(text -> placeholders(text, ids));
        }
        if (value.isIntrinsicFunction()) {
            ConfigValue.Entry only = value.entries().get(0);
            if (only.name().equals("Ref") || only.name().equals("Fn::GetAtt")) {
                referencedLogicalId(value).ifPresent(ids::add);
            }
            if (only.name().equals("Fn::Sub")) {
                only.value().text().ifPresent(text -> placeholders(text, ids));
            }
        }
        if (value.isScalar() && tag.isEmpty() && depth > 0) {
            // a string inside a Sub list form, e.g. [ '${Queue.Arn}', {...} ]
            value.text().filter(t -> t.contains("${")).ifPresent(text -> placeholders(text, ids));
        }
        for (ConfigValue item : value.items()) {
            collectReferences(item, ids, depth + 1);
        }
        for (ConfigValue.Entry entry : value.entries()) {
            collectReferences(entry.value(), ids, depth + 1);
        }
    }

    private static void placeholders(String text, Set<String> ids) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            String name = beforeDot(matcher.group(1).trim());
            if (!name.startsWith("AWS::") && !name.contains(":")) {
                ids.add(name);
            }
        }
    }

    private static Optional<String> getAttTarget(ConfigValue value) {
        if (value.isSequence() && !value.items().isEmpty()) {
            return value.items().get(0).asLiteralText();
        }
        return value.text().map(TemplateResources::beforeDot);
    }

    private static Optional<String> subTarget(ConfigValue value) {
        ConfigValue template = value.isSequence() && !value.items().isEmpty() ? value.items().get(0) : value;
        return template.text().flatMap(text -> {
            Matcher matcher = WHOLE_PLACEHOLDER.matcher(text);
            return matcher.matches() && !matcher.group(1).startsWith("AWS") ? Optional.of(matcher.group(1))
                    : Optional.empty();
        });
    }

    private static String beforeDot(String text) {
        int dot = text.indexOf('.');
        return (dot < 0 ? text : text.substring(0, dot)).trim();
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
