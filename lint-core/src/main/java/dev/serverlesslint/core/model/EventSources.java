package dev.serverlesslint.core.model;

import dev.serverlesslint.core.config.ConfigDocument;
import dev.serverlesslint.core.config.ConfigFormat;
import dev.serverlesslint.core.config.ConfigValue;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The event sources of one configuration file, by function: serverless.yml {@code events},
 * SAM {@code Events}, function URLs, and the file's {@code AWS::Lambda::EventSourceMapping},
 * {@code AWS::Lambda::Url}, {@code AWS::Lambda::Permission}, {@code AWS::Events::Rule},
 * {@code AWS::ApiGateway::Method} and {@code AWS::ApiGatewayV2::Integration} resources whose function
 * is named by {@code !Ref}, {@code !GetAtt}, {@code !Sub}, a literal name or a literal ARN.
 */
public final class EventSources {

    private final TemplateResources resources;
    private final List<EventSource> all = new ArrayList<>();
    private final Map<LambdaFunction, List<EventSource>> byFunction = new IdentityHashMap<>();

    private EventSources(TemplateResources resources) {
        this.resources = resources;
    }

    public static EventSources of(ConfigDocument document, List<LambdaFunction> functions) {
        EventSources sources = new EventSources(TemplateResources.of(document));
        FunctionDirectory directory = new FunctionDirectory(document, functions);
        for (LambdaFunction function : functions) {
            sources.byFunction.put(function, new ArrayList<>());
            switch (function.kind()) {
                case SERVERLESS -> sources.readServerlessEvents(function);
                case SAM -> sources.readSamEvents(function);
                case CLOUDFORMATION -> { }
            }
        }
        sources.readResources(directory);
        return sources;
    }

    /** The file's CloudFormation resources, with the reference resolver. */
    public TemplateResources resources() {
        return resources;
    }

    /** Every event source of the file, in file order per function then resources. */
    public List<EventSource> all() {
        return List.copyOf(all);
    }

    public List<EventSource> of(LambdaFunction function) {
        return List.copyOf(byFunction.getOrDefault(function, List.of()));
    }

    /** Event source mappings and the like whose function is not declared in this file. */
    public List<EventSource> unattached() {
        return all.stream().filter(s -> s.function() == null).toList();
    }

    private void add(EventSource source) {
        all.add(source);
        if (source.function() != null) {
            byFunction.computeIfAbsent(source.function(), f -> new ArrayList<>()).add(source);
        }
    }

    private void readServerlessEvents(LambdaFunction function) {
        for (ConfigValue event : function.properties().get("events").items()) {
            if (!event.isMapping() || event.entries().isEmpty()) {
                continue;
            }
            ConfigValue.Entry entry = event.entries().get(0);
            String key = entry.name();
            EventSourceType type = EventSourceType.ofServerlessEvent(key);
            ConfigValue settings = entry.value();
            ConfigValue reference = ConfigValue.MISSING;
            if (type == EventSourceType.SQS || type == EventSourceType.STREAM) {
                reference = settings.isMapping() && !settings.isIntrinsicFunction() ? settings.get("arn") : settings;
            }
            if (type == EventSourceType.STREAM) {
                type = streamType(settings.get("type").asLiteralText().orElse(""), reference);
            }
            add(new EventSource(type, EventSource.Origin.SERVERLESS_EVENT, key, function, entry.key(), settings,
                    reference));
        }
        function.properties().entry("url").filter(url -> !url.value().asBoolean().equals(Optional.of(false)))
                .ifPresent(url -> add(new EventSource(EventSourceType.FUNCTION_URL, EventSource.Origin.SERVERLESS_EVENT,
                        "url", function, url.key(), url.value(), ConfigValue.MISSING)));
    }

    private EventSourceType streamType(String declared, ConfigValue reference) {
        String type = declared.toLowerCase(Locale.ROOT);
        if (type.equals("dynamodb")) {
            return EventSourceType.DYNAMODB_STREAM;
        }
        if (type.equals("kinesis")) {
            return EventSourceType.KINESIS;
        }
        return typeOfPolledSource(reference).orElse(EventSourceType.STREAM);
    }

    private Optional<EventSourceType> typeOfPolledSource(ConfigValue reference) {
        Optional<EventSourceType> byArn = reference.asLiteralText().flatMap(EventSourceType::ofArn);
        if (byArn.isPresent()) {
            return byArn;
        }
        return resources.resolve(reference).flatMap(r -> EventSourceType.ofResourceType(r.type()));
    }

    private void readSamEvents(LambdaFunction function) {
        for (ConfigValue.Entry entry : function.properties().get("Events").entries()) {
            ConfigValue event = entry.value();
            String declared = event.get("Type").asLiteralText().orElse("");
            EventSourceType type = EventSourceType.ofSamEvent(declared);
            ConfigValue properties = event.get("Properties");
            ConfigValue reference = switch (type) {
                case SQS -> properties.get("Queue");
                case DYNAMODB_STREAM, KINESIS, KAFKA -> properties.get("Stream");
                case MQ -> properties.get("Broker");
                case DOCUMENTDB -> properties.get("Cluster");
                default -> ConfigValue.MISSING;
            };
            add(new EventSource(type, EventSource.Origin.SAM_EVENT, declared, function, entry.key(), properties,
                    reference));
        }
        function.properties().entry("FunctionUrlConfig").ifPresent(url -> add(new EventSource(
                EventSourceType.FUNCTION_URL, EventSource.Origin.SAM_EVENT, "FunctionUrlConfig", function, url.key(),
                url.value(), ConfigValue.MISSING)));
    }

    private void readResources(FunctionDirectory directory) {
        for (TemplateResources.Resource resource : resources.all()) {
            ConfigValue props = resource.properties();
            switch (resource.type()) {
                case "AWS::Lambda::EventSourceMapping" -> {
                    ConfigValue reference = props.get("EventSourceArn");
                    EventSourceType type = eventSourceMappingType(props, reference);
                    add(new EventSource(type, EventSource.Origin.RESOURCE, resource.type(),
                            directory.resolve(props.get("FunctionName")).orElse(null), resource.key(), props,
                            reference));
                }
                case "AWS::Lambda::Url" -> directory.resolve(props.get("TargetFunctionArn")).ifPresent(f -> add(
                        new EventSource(EventSourceType.FUNCTION_URL, EventSource.Origin.RESOURCE, resource.type(), f,
                                resource.key(), props, ConfigValue.MISSING)));
                case "AWS::Lambda::Permission" -> props.get("Principal").asLiteralText()
                        .flatMap(EventSourceType::ofPrincipal)
                        .ifPresent(type -> directory.resolve(props.get("FunctionName")).ifPresent(f -> add(
                                new EventSource(type, EventSource.Origin.RESOURCE, resource.type(), f,
                                        resource.key(), props, ConfigValue.MISSING))));
                case "AWS::Events::Rule" -> {
                    EventSourceType type = props.get("ScheduleExpression").isPresent()
                            ? EventSourceType.SCHEDULE : EventSourceType.EVENTBRIDGE;
                    for (ConfigValue target : props.get("Targets").items()) {
                        directory.resolve(target.get("Arn")).ifPresent(f -> add(new EventSource(type,
                                EventSource.Origin.RESOURCE, resource.type(), f, resource.key(), target,
                                ConfigValue.MISSING)));
                    }
                }
                case "AWS::ApiGateway::Method" -> {
                    ConfigValue integration = props.get("Integration");
                    for (String id : TemplateExpression.referencedLogicalIds(integration.get("Uri"))) {
                        directory.byLogicalId(id).ifPresent(f -> add(new EventSource(EventSourceType.API_GATEWAY_REST,
                                EventSource.Origin.RESOURCE, resource.type(), f, resource.key(), integration,
                                ConfigValue.MISSING)));
                    }
                }
                case "AWS::ApiGatewayV2::Integration" -> {
                    EventSourceType type = resources.resolve(props.get("ApiId"))
                            .map(api -> api.properties().get("ProtocolType").asLiteralText().orElse(""))
                            .map(protocol -> switch (protocol) {
                                case "HTTP" -> EventSourceType.API_GATEWAY_HTTP;
                                case "WEBSOCKET" -> EventSourceType.API_GATEWAY_WEBSOCKET;
                                default -> EventSourceType.API_GATEWAY;
                            })
                            .orElse(EventSourceType.API_GATEWAY);
                    for (String id : TemplateExpression.referencedLogicalIds(props.get("IntegrationUri"))) {
                        directory.byLogicalId(id).ifPresent(f -> add(new EventSource(type, EventSource.Origin.RESOURCE,
                                resource.type(), f, resource.key(), props, ConfigValue.MISSING)));
                    }
                }
                default -> { }
            }
        }
    }

    private EventSourceType eventSourceMappingType(ConfigValue props, ConfigValue reference) {
        Optional<EventSourceType> known = typeOfPolledSource(reference);
        if (known.isPresent()) {
            return known.get();
        }
        if (props.get("SelfManagedEventSource").isPresent() || props.get("Topics").isPresent()) {
            return EventSourceType.KAFKA;
        }
        if (props.get("Queues").isPresent()) {
            return EventSourceType.MQ;
        }
        return props.get("StartingPosition").isPresent() ? EventSourceType.STREAM : EventSourceType.OTHER;
    }
}
