package dev.serverlesslint.core.model;

import dev.serverlesslint.core.config.ConfigDocument;
import dev.serverlesslint.core.config.ConfigValue;
import dev.serverlesslint.core.finding.SourcePosition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.OptionalInt;

/**
 * A Lambda function declared in a configuration file, with the defaults it inherits
 * (serverless.yml {@code provider}, SAM {@code Globals.Function}), and its effective settings as the
 * platform applies them: its own value, else the inherited one (honouring SAM's
 * {@code IgnoreGlobals}), else the platform's default. Rules ask these; they never recompute them.
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

    /** Lambda's default timeout in seconds (CloudFormation and SAM: the AWS::Lambda::Function default). */
    public static final int LAMBDA_DEFAULT_TIMEOUT = 3;
    /** The Serverless Framework's default timeout in seconds (provider.timeout when unset). */
    public static final int SERVERLESS_DEFAULT_TIMEOUT = 6;
    /** Lambda's default memory in MB (CloudFormation and SAM). */
    public static final int LAMBDA_DEFAULT_MEMORY = 128;
    /** The Serverless Framework's default memory in MB (provider.memorySize when unset). */
    public static final int SERVERLESS_DEFAULT_MEMORY = 1024;

    /** The function's own value of a property, else the inherited one, else {@link ConfigValue#MISSING}. */
    public ConfigValue property(FunctionProperty property) {
        return property(keyFor(property));
    }

    /** The function's own value of a setting by its key in this format, else the inherited one. */
    public ConfigValue property(String key) {
        ConfigValue own = properties.get(key);
        return own.isPresent() ? own : inherited(key);
    }

    /**
     * The value of a key the function inherits ({@code provider}, {@code Globals.Function}), or
     * {@link ConfigValue#MISSING} when there is none or SAM's {@code IgnoreGlobals: "*"} /
     * {@code IgnoreGlobals: [Key, ...]} on the resource drops it.
     */
    public ConfigValue inherited(String key) {
        return ignoresGlobal(key) ? ConfigValue.MISSING : defaults.get(key);
    }

    /** Whether the function sets the property itself (as opposed to inheriting it or leaving the default). */
    public boolean ownsProperty(FunctionProperty property) {
        return properties.get(keyFor(property)).isPresent();
    }

    private boolean ignoresGlobal(String key) {
        if (kind != FunctionKind.SAM) {
            return false;
        }
        ConfigValue ignore = document.root().at("Resources", name, "IgnoreGlobals");
        if (ignore.isSequence()) {
            return ignore.items().stream().anyMatch(i -> i.text().filter(key::equals).isPresent());
        }
        return ignore.text().filter(t -> t.trim().equals("*") || t.trim().equals(key)).isPresent();
    }

    /** Whether the function's settings are written out (not a whole-properties intrinsic such as {@code !If}). */
    public boolean isReadable() {
        return properties.isMissing() || properties.isMapping() && properties.isLiteral();
    }

    /** The timeout in seconds the function runs with; empty when it is computed at deploy time. */
    public OptionalInt timeoutSeconds() {
        ConfigValue timeout = property(FunctionProperty.TIMEOUT);
        return timeout.isMissing() ? OptionalInt.of(defaultTimeoutSeconds()) : timeout.asInt();
    }

    /** The timeout the platform applies when none is set: the framework's for serverless.yml, else Lambda's. */
    public int defaultTimeoutSeconds() {
        return kind == FunctionKind.SERVERLESS ? SERVERLESS_DEFAULT_TIMEOUT : LAMBDA_DEFAULT_TIMEOUT;
    }

    /**
     * The memory in MB the function runs with: its literal value, or the default of the template
     * parameter it refers to; empty when it is computed at deploy time.
     */
    public OptionalInt memoryMb() {
        ConfigValue memory = property(FunctionProperty.MEMORY_SIZE);
        if (memory.isMissing()) {
            return OptionalInt.of(defaultMemoryMb());
        }
        OptionalInt literal = memory.asInt();
        if (literal.isPresent()) {
            return literal;
        }
        return setting(FunctionProperty.MEMORY_SIZE).flatMap(resolved -> parseInt(resolved.value()))
                .map(OptionalInt::of).orElse(OptionalInt.empty());
    }

    /**
     * A setting's value as written, or taken from the {@code Default} of the template parameter it
     * refers to ({@code Runtime: !Ref JavaRuntime}); {@link TemplateParameters.Resolved#origin()} says which.
     */
    public Optional<TemplateParameters.Resolved> setting(FunctionProperty property) {
        return TemplateParameters.resolve(property(property), document);
    }

    private static Optional<Integer> parseInt(String text) {
        try {
            return Optional.of(Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The memory the platform applies when none is set: the framework's for serverless.yml, else Lambda's. */
    public int defaultMemoryMb() {
        return kind == FunctionKind.SERVERLESS ? SERVERLESS_DEFAULT_MEMORY : LAMBDA_DEFAULT_MEMORY;
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

    /**
     * The function's environment variables written out as a mapping: its own, then the inherited ones
     * ({@code provider.environment}, SAM {@code Globals.Function.Environment}) it does not override, as
     * Lambda merges them.
     */
    public List<ConfigValue.Entry> environmentVariables() {
        boolean serverless = kind == FunctionKind.SERVERLESS;
        ConfigValue own = serverless ? properties.get("environment") : properties.at("Environment", "Variables");
        ConfigValue inheritedVariables = serverless ? inherited("environment")
                : inherited("Environment").get("Variables");
        List<ConfigValue.Entry> variables = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (ConfigValue.Entry entry : literalEntries(own)) {
            variables.add(entry);
            names.add(entry.name());
        }
        for (ConfigValue.Entry entry : literalEntries(inheritedVariables)) {
            if (!names.contains(entry.name())) {
                variables.add(entry);
            }
        }
        return variables;
    }

    private static List<ConfigValue.Entry> literalEntries(ConfigValue mapping) {
        return mapping.isMapping() && mapping.isLiteral() ? mapping.entries() : List.of();
    }

    /** The runtime when written literally, e.g. {@code java21}. */
    public Optional<String> runtime() {
        return property(FunctionProperty.RUNTIME).asLiteralText();
    }

    /**
     * Whether the function has SnapStart: SAM/CloudFormation {@code SnapStart: {ApplyOn: PublishedVersions}}
     * (own or from {@code Globals.Function}; {@code ApplyOn} may be a template parameter with a
     * {@code Default}), serverless.yml {@code snapStart: true}. Empty when the value is known only at
     * deploy time.
     */
    public Optional<Boolean> snapStart() {
        ConfigValue value = property(FunctionProperty.SNAP_START);
        if (value.isMissing()) {
            return Optional.of(false);
        }
        if (kind == FunctionKind.SERVERLESS) {
            return value.asBoolean();
        }
        if (!value.isMapping()) {
            return Optional.empty();
        }
        ConfigValue applyOn = value.get("ApplyOn");
        if (applyOn.isMissing()) {
            return Optional.of(false);
        }
        return TemplateParameters.resolve(applyOn, document)
                .map(resolved -> resolved.value().trim().equals("PublishedVersions"));
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

    /**
     * The runtime trimmed and in lower case, e.g. {@code java21}: literal, or the default of the template
     * parameter it refers to ({@code Runtime: !Ref JavaRuntime}).
     */
    public Optional<String> runtimeId() {
        return setting(FunctionProperty.RUNTIME).map(r -> r.value().trim().toLowerCase(Locale.ROOT));
    }

    /** Whether the function runs on a Java managed runtime ({@code java8} ... {@code java25}). */
    public boolean isJavaRuntime() {
        return runtimeId().map(r -> r.startsWith("java")).orElse(false);
    }
}
