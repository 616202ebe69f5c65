package dev.serverlesslint.rules.failures;

import dev.serverlesslint.core.config.ConfigDocument;
import dev.serverlesslint.core.config.ConfigValue;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.model.EventSource;
import dev.serverlesslint.core.model.EventSourceKind;
import dev.serverlesslint.core.model.EventSourceType;
import dev.serverlesslint.core.model.EventSources;
import dev.serverlesslint.core.model.FunctionKind;
import dev.serverlesslint.core.model.LambdaFunction;
import dev.serverlesslint.core.model.TemplateExpression;
import dev.serverlesslint.core.model.TemplateResources;
import dev.serverlesslint.core.rule.ConfigRule;
import dev.serverlesslint.core.rule.RuleContext;
import dev.serverlesslint.core.rule.RuleCategory;
import dev.serverlesslint.core.rule.RuleDefinition;
import dev.serverlesslint.core.rule.RulePrecision;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** SL211: events that are dropped after failed retries, with nowhere to go. */
@RuleDefinition(
        id = "SL211",
        name = "missing-async-failure-destination",
        severity = Severity.WARNING,
        category = RuleCategory.RELIABILITY,
        precision = RulePrecision.HIGH,
        summary = "An asynchronous event source without an on-failure destination or dead-letter queue, an SQS "
                + "queue without a redrive policy, or a stream event source mapping without an on-failure destination.",
        description = "Lambda retries a failed asynchronous event twice and then drops it; a stream batch is "
                + "retried until the records expire and then skipped; a failing SQS message is received again "
                + "and again until its retention period ends. Without a destination for failures those events "
                + "are lost silently, and nobody can inspect or replay them.",
        remediation = "Asynchronous sources: an OnFailure destination (SAM 'EventInvokeConfig', serverless "
                + "'destinations.onFailure', AWS::Lambda::EventInvokeConfig) or a dead-letter queue "
                + "('DeadLetterQueue', 'DeadLetterConfig', 'onError'). SQS: a 'RedrivePolicy' with a "
                + "dead-letter queue. Streams: 'DestinationConfig.OnFailure' on the event source mapping.")
public final class MissingAsyncFailureDestinationRule implements ConfigRule {

    @Override
    public void check(ConfigDocument document, RuleContext context) {
        EventSources sources = context.model().eventSources(document);
        DeadLetterTargets deadLetters = DeadLetterTargets.of(document);
        for (LambdaFunction function : context.model().functionsOf(document)) {
            if (function.isReadable()) {
                checkAsyncSources(context, function, sources);
            }
        }
        for (EventSource source : sources.all()) {
            if (isStream(source) && !hasStreamOnFailure(source)) {
                String owner = source.function() != null ? "function '" + source.function().name() + "'"
                        : "its function";
                context.report(source.position(), "The " + source.type().description() + " event source '"
                        + source.name() + "' of " + owner + " has no on-failure destination: records of a batch "
                        + "that keeps failing are skipped once retries or record age run out, and lost. Add "
                        + onFailureHint(source) + " pointing at an SQS queue or SNS topic.",
                        source.function() == null ? null : source.function().name());
            }
        }
        for (TemplateResources.Resource queue : sources.resources().ofType("AWS::SQS::Queue")) {
            if (queue.properties().get("RedrivePolicy").isPresent() || deadLetters.isDeadLetterQueue(queue)) {
                continue;
            }
            Optional<LambdaFunction> consumer = sources.all().stream()
                    .filter(s -> s.type() == EventSourceType.SQS && s.function() != null)
                    .filter(s -> sources.resources().resolve(s.sourceReference())
                            .map(r -> r.logicalId().equals(queue.logicalId())).orElse(false))
                    .map(EventSource::function)
                    .findFirst();
            context.report(queue.position(), "Queue '" + queue.logicalId() + "' has no RedrivePolicy: a message that "
                    + "keeps failing is received again and again until its retention period ends, then lost. Add a "
                    + "RedrivePolicy with a deadLetterTargetArn and a maxReceiveCount.",
                    consumer.map(LambdaFunction::name).orElse(null));
        }
    }

    private static void checkAsyncSources(RuleContext context, LambdaFunction function, EventSources sources) {
        List<EventSource> uncovered = sources.of(function).stream()
                .filter(s -> s.kind() == EventSourceKind.ASYNC_PUSH)
                .filter(s -> !hasEventLevelDeadLetter(s))
                .toList();
        if (uncovered.isEmpty() || hasFunctionFailureHandling(function, sources.resources())) {
            return;
        }
        String events = uncovered.stream().map(s -> s.type().description() + " '" + s.name() + "'")
                .distinct().collect(Collectors.joining(", "));
        String fix = switch (function.kind()) {
            case SERVERLESS -> "'destinations.onFailure' or 'onError'";
            case SAM -> "'EventInvokeConfig.DestinationConfig.OnFailure' or 'DeadLetterQueue'";
            case CLOUDFORMATION -> "an AWS::Lambda::EventInvokeConfig with DestinationConfig.OnFailure, or "
                    + "'DeadLetterConfig'";
        };
        context.report(uncovered.get(0).position(), "Function '" + function.name() + "' is invoked asynchronously by "
                + events + " with no on-failure destination or dead-letter queue: after two failed retries Lambda "
                + "drops the event. Add " + fix + ".", function.name());
    }

    /** Failure handling of the function itself, own or inherited (provider, Globals.Function) or a resource. */
    private static boolean hasFunctionFailureHandling(LambdaFunction function, TemplateResources resources) {
        if (function.kind() == FunctionKind.SERVERLESS) {
            ConfigValue destinations = function.property("destinations");
            return function.property("onError").isPresent()
                    || destinations.get("onFailure").isPresent()
                    || destinations.isPresent() && !destinations.isLiteral();
        }
        ConfigValue invokeConfig = function.property("EventInvokeConfig");
        if (function.property("DeadLetterQueue").isPresent() || function.property("DeadLetterConfig").isPresent()
                || hasOnFailure(invokeConfig)) {
            return true;
        }
        for (TemplateResources.Resource config : resources.ofType("AWS::Lambda::EventInvokeConfig")) {
            ConfigValue target = config.properties().get("FunctionName");
            Optional<String> literalName = function.properties().get("FunctionName").asLiteralText();
            boolean forFunction = TemplateExpression.referencedLogicalIds(target).contains(function.name())
                    || literalName.isPresent() && literalName.equals(target.asLiteralText());
            if (forFunction && hasOnFailure(config.properties())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasOnFailure(ConfigValue invokeConfig) {
        if (invokeConfig.isPresent() && !invokeConfig.isLiteral()) {
            return true; // computed at deploy time: we cannot know
        }
        ConfigValue destinationConfig = invokeConfig.get("DestinationConfig");
        return destinationConfig.get("OnFailure").isPresent() || destinationConfig.isPresent() && !destinationConfig.isLiteral();
    }

    /** A dead-letter queue for the delivery from the source (EventBridge target DLQ, SNS redrive policy). */
    private static boolean hasEventLevelDeadLetter(EventSource source) {
        ConfigValue settings = source.settings();
        return settings.get("DeadLetterConfig").isPresent()
                || settings.get("RedrivePolicy").isPresent()
                || settings.get("deadLetterQueueArn").isPresent()
                || settings.get("redrivePolicy").isPresent()
                || settings.get("destinations").get("onFailure").isPresent();
    }

    private static boolean isStream(EventSource source) {
        return source.type() == EventSourceType.DYNAMODB_STREAM || source.type() == EventSourceType.KINESIS;
    }

    private static boolean hasStreamOnFailure(EventSource source) {
        ConfigValue settings = source.settings();
        if (!settings.isMapping() || settings.isIntrinsicFunction()) {
            return false; // serverless 'stream: arn' shorthand: no destination possible
        }
        if (source.origin() == EventSource.Origin.SERVERLESS_EVENT) {
            ConfigValue destinations = settings.get("destinations");
            return destinations.get("onFailure").isPresent() || destinations.isPresent() && !destinations.isLiteral();
        }
        return hasOnFailure(settings);
    }

    private static String onFailureHint(EventSource source) {
        return source.origin() == EventSource.Origin.SERVERLESS_EVENT ? "'destinations.onFailure'"
                : "'DestinationConfig.OnFailure.Destination'";
    }
}
