package dev.serverlesslint.core.model;

import dev.serverlesslint.core.config.ConfigValue;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * A function's Lambda Managed Instances setting: it runs on a capacity provider, and one execution
 * environment serves up to {@link #maxConcurrency()} requests at the same time on OS threads that
 * share the handler object and every static field.
 *
 * <p>Where it is written (checked against AWS's documentation, 2026-12):
 * <ul>
 *   <li>CloudFormation {@code AWS::Lambda::Function}: {@code CapacityProviderConfig.
 *       LambdaManagedInstancesCapacityProviderConfig} with {@code CapacityProviderArn},
 *       {@code PerExecutionEnvironmentMaxConcurrency}, {@code ExecutionEnvironmentMemoryGiBPerVCpu}
 *       (CloudFormation template reference, "AWS::Lambda::Function CapacityProviderConfig");</li>
 *   <li>SAM {@code AWS::Serverless::Function} and {@code Globals.Function}: {@code CapacityProviderConfig}
 *       with {@code Arn}, {@code PerExecutionEnvironmentMaxConcurrency},
 *       {@code ExecutionEnvironmentMemoryGiBPerVCpu} (SAM developer guide, "CapacityProviderConfig");</li>
 *   <li>serverless.yml: {@code functions.NAME.capacityProvider}, a provider name or ARN, or a mapping with
 *       {@code name}, {@code maxConcurrency} and {@code memoryPerVCpu} (Serverless Framework guide,
 *       "AWS Lambda Managed Instances").</li>
 * </ul>
 *
 * @param setting            the configuration value that puts the function on a capacity provider, where
 *                           findings about it point
 * @param maxConcurrency     {@code PerExecutionEnvironmentMaxConcurrency} when written as a number
 * @param maxConcurrencyValue the value as written, or {@link ConfigValue#MISSING}
 * @param memoryPerVCpu      {@code ExecutionEnvironmentMemoryGiBPerVCpu} as written, or {@link ConfigValue#MISSING}
 */
public record ManagedInstances(ConfigValue setting, OptionalInt maxConcurrency, ConfigValue maxConcurrencyValue,
                               ConfigValue memoryPerVCpu) {

    /**
     * Requests per vCPU an execution environment of a Java function runs at once when
     * {@code PerExecutionEnvironmentMaxConcurrency} is not set ("Java runtime for Lambda Managed
     * Instances", AWS Lambda developer guide: "For Java runtimes, the default is 32 concurrent requests
     * per vCPU"). An environment has at least one vCPU, so this is also the smallest default.
     */
    public static final int JAVA_DEFAULT_CONCURRENCY_PER_VCPU = 32;

    /**
     * The concurrency an environment is configured for: the written maximum, else the Java default for
     * one vCPU (a lower bound: the default scales with the vCPUs). Empty when the value is computed at
     * deploy time.
     */
    public OptionalInt effectiveMaxConcurrency() {
        if (maxConcurrencyValue.isMissing()) {
            return OptionalInt.of(JAVA_DEFAULT_CONCURRENCY_PER_VCPU);
        }
        return maxConcurrency;
    }

    /** Whether the maximum concurrency is the platform default (not written). */
    public boolean isDefaultConcurrency() {
        return maxConcurrencyValue.isMissing();
    }

    /** The function's Managed Instances setting, own or inherited, if it has one. */
    static Optional<ManagedInstances> of(LambdaFunction function) {
        if (function.kind() == FunctionKind.SERVERLESS) {
            ConfigValue provider = function.properties().get("capacityProvider");
            if (provider.isMissing()) {
                return Optional.empty();
            }
            if (provider.isMapping() && provider.isLiteral()) {
                return Optional.of(from(provider, provider.get("maxConcurrency"), provider.get("memoryPerVCpu")));
            }
            return Optional.of(from(provider, ConfigValue.MISSING, ConfigValue.MISSING));
        }
        ConfigValue config = function.property("CapacityProviderConfig");
        if (config.isMissing()) {
            return Optional.empty();
        }
        ConfigValue settings = function.kind() == FunctionKind.CLOUDFORMATION
                ? config.get("LambdaManagedInstancesCapacityProviderConfig")
                : config;
        return Optional.of(from(config, settings.get("PerExecutionEnvironmentMaxConcurrency"),
                settings.get("ExecutionEnvironmentMemoryGiBPerVCpu")));
    }

    private static ManagedInstances from(ConfigValue setting, ConfigValue maxConcurrency, ConfigValue memoryPerVCpu) {
        return new ManagedInstances(setting, maxConcurrency.asInt(), maxConcurrency, memoryPerVCpu);
    }
}
