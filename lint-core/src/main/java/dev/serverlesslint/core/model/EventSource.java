package dev.serverlesslint.core.model;

import dev.serverlesslint.core.config.ConfigValue;
import dev.serverlesslint.core.finding.SourcePosition;

import java.util.Optional;

/**
 * Something that invokes a Lambda function: a serverless.yml event, a SAM event, or a resource of
 * the same file (event source mapping, permission, URL, EventBridge rule target).
 *
 * @param type            the invoking service
 * @param origin          where it is declared
 * @param declaredType    the type as written ({@code sqs}, {@code SQS}, {@code AWS::Lambda::EventSourceMapping})
 * @param function        the function it invokes, or null when that function is not in the file
 * @param key             where it is declared: the event's key, or the resource's key; findings point here
 * @param settings        its settings: the event's value or {@code Properties}, the resource's {@code Properties}
 * @param sourceReference the queue/stream it reads (an ARN or intrinsic), or {@link ConfigValue#MISSING}
 */
public record EventSource(
        EventSourceType type,
        Origin origin,
        String declaredType,
        LambdaFunction function,
        ConfigValue key,
        ConfigValue settings,
        ConfigValue sourceReference) {

    /** Where an event source is declared. */
    public enum Origin {
        /** An entry of {@code functions.NAME.events} (or {@code url}) in serverless.yml. */
        SERVERLESS_EVENT,
        /** An entry of a SAM function's {@code Events} (or its {@code FunctionUrlConfig}). */
        SAM_EVENT,
        /** A separate resource of the file, e.g. {@code AWS::Lambda::EventSourceMapping}. */
        RESOURCE
    }

    public EventSourceKind kind() {
        return type.kind();
    }

    public Optional<LambdaFunction> invokedFunction() {
        return Optional.ofNullable(function);
    }

    public SourcePosition position() {
        return key.position();
    }

    /** The name of the event or resource as written (SAM event name, resource logical ID, serverless event key). */
    public String name() {
        return key.text().orElse(declaredType);
    }
}
