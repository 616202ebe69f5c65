package dev.serverlesslint.core.model;

import dev.serverlesslint.core.config.ConfigDocument;
import dev.serverlesslint.core.config.ConfigValue;
import dev.serverlesslint.core.finding.SourcePosition;

import java.util.Optional;

/**
 * A Lambda function declared in a configuration file, with the defaults it inherits
 * (serverless.yml {@code provider}, SAM {@code Globals.Function}).
 *
 * @param name        logical name: the key under {@code functions} or {@code Resources}
 * @param kind        where it is declared
 * @param document    the file that declares it
 * @param key         the function's key, where findings about missing settings point
 * @param properties  its own settings: the function mapping, or a resource's {@code Properties}
 * @param defaults    inherited settings, or {@link ConfigValue#MISSING}
 */
public record LambdaFunction(
        String name,
        FunctionKind kind,
        ConfigDocument document,
        ConfigValue key,
        ConfigValue properties,
        ConfigValue defaults) {

    /** The function's own value of a property, else the inherited one, else {@link ConfigValue#MISSING}. */
    public ConfigValue property(FunctionProperty property) {
        String key = keyFor(property);
        ConfigValue own = properties.get(key);
        return own.isPresent() ? own : defaults.get(key);
    }

    /** The function's own value of a setting by its key in this format, else the inherited one. */
    public ConfigValue property(String key) {
        ConfigValue own = properties.get(key);
        return own.isPresent() ? own : defaults.get(key);
    }

    public String keyFor(FunctionProperty property) {
        return kind == FunctionKind.SERVERLESS ? property.serverlessKey() : property.cloudFormationKey();
    }

    public SourcePosition position() {
        return key.position();
    }

    /** The handler string when written literally, e.g. {@code com.example.Handler::handleRequest}. */
    public Optional<String> handler() {
        return property(FunctionProperty.HANDLER).asLiteralText();
    }

    /** The runtime when written literally, e.g. {@code java21}. */
    public Optional<String> runtime() {
        return property(FunctionProperty.RUNTIME).asLiteralText();
    }

    /** The function's Lambda Managed Instances setting (own, or from SAM {@code Globals.Function}), if any. */
    public Optional<ManagedInstances> managedInstances() {
        return ManagedInstances.of(this);
    }

    /**
     * The function's {@code DurableConfig} (SAM, also from {@code Globals.Function}, and CloudFormation), or
     * {@link ConfigValue#MISSING}. serverless.yml documents no durable setting, so there it is always missing.
     */
    public ConfigValue durableConfig() {
        return kind == FunctionKind.SERVERLESS ? ConfigValue.MISSING : property("DurableConfig");
    }
}
