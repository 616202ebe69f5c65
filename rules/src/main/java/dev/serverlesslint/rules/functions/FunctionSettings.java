package dev.serverlesslint.rules.functions;

import dev.serverlesslint.core.config.ConfigValue;
import dev.serverlesslint.core.model.FunctionKind;
import dev.serverlesslint.core.model.FunctionProperty;
import dev.serverlesslint.core.model.LambdaFunction;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/** Effective settings of a function as the platform applies them: own value, inherited value, or default. */
public final class FunctionSettings {

    /** Lambda's default timeout (CloudFormation, SAM). */
    public static final int LAMBDA_DEFAULT_TIMEOUT = 3;
    /** The Serverless Framework's default timeout. */
    public static final int SERVERLESS_DEFAULT_TIMEOUT = 6;
    /** Lambda's default memory (CloudFormation, SAM). */
    public static final int LAMBDA_DEFAULT_MEMORY = 128;
    /** The Serverless Framework's default memory. */
    public static final int SERVERLESS_DEFAULT_MEMORY = 1024;

    private FunctionSettings() {
    }

    /** Whether the function's settings are written out (not a whole-properties intrinsic). */
    public static boolean isReadable(LambdaFunction function) {
        return function.properties().isMissing() || function.properties().isMapping() && function.properties().isLiteral();
    }

    /** Whether the function sets the property itself (as opposed to inheriting it). */
    public static boolean ownsProperty(LambdaFunction function, FunctionProperty property) {
        return function.properties().get(function.keyFor(property)).isPresent();
    }

    /** The timeout in seconds the function runs with; empty when it is computed at deploy time. */
    public static OptionalInt timeoutSeconds(LambdaFunction function) {
        ConfigValue timeout = function.property(FunctionProperty.TIMEOUT);
        if (timeout.isMissing()) {
            return OptionalInt.of(defaultTimeout(function));
        }
        return timeout.asInt();
    }

    public static int defaultTimeout(LambdaFunction function) {
        return function.kind() == FunctionKind.SERVERLESS ? SERVERLESS_DEFAULT_TIMEOUT : LAMBDA_DEFAULT_TIMEOUT;
    }

    public static int defaultMemory(LambdaFunction function) {
        return function.kind() == FunctionKind.SERVERLESS ? SERVERLESS_DEFAULT_MEMORY : LAMBDA_DEFAULT_MEMORY;
    }

    /** The memory in MB the function runs with; empty when it is computed at deploy time. */
    public static OptionalInt memoryMb(LambdaFunction function) {
        ConfigValue memory = function.property(FunctionProperty.MEMORY_SIZE);
        if (memory.isMissing()) {
            return OptionalInt.of(defaultMemory(function));
        }
        return memory.asInt();
    }

    /** The literal runtime in lower case, e.g. {@code java21}. */
    public static Optional<String> runtime(LambdaFunction function) {
        return function.runtime().map(r -> r.trim().toLowerCase(Locale.ROOT));
    }

    /** Whether the function runs on a Java managed runtime ({@code java8} ... {@code java25}). */
    public static boolean isJava(LambdaFunction function) {
        return runtime(function).map(r -> r.startsWith("java")).orElse(false);
    }

    /** "Function 'x'" with its kind of declaration, for messages. */
    public static String describe(LambdaFunction function) {
        return "Function '" + function.name() + "'";
    }
}
