package dev.serverlesslint.core.model;

/**
 * Function settings that exist in every format, with their key in serverless.yml (under
 * {@code functions.NAME}, inheritable from {@code provider}) and in CloudFormation/SAM
 * {@code Properties} (inheritable from SAM {@code Globals.Function}).
 */
public enum FunctionProperty {
    HANDLER("handler", "Handler"),
    RUNTIME("runtime", "Runtime"),
    TIMEOUT("timeout", "Timeout"),
    MEMORY_SIZE("memorySize", "MemorySize"),
    RESERVED_CONCURRENCY("reservedConcurrency", "ReservedConcurrentExecutions"),
    ENVIRONMENT("environment", "Environment"),
    TRACING("tracing", "Tracing"),
    SNAP_START("snapStart", "SnapStart");

    private final String serverlessKey;
    private final String cloudFormationKey;

    FunctionProperty(String serverlessKey, String cloudFormationKey) {
        this.serverlessKey = serverlessKey;
        this.cloudFormationKey = cloudFormationKey;
    }

    public String serverlessKey() {
        return serverlessKey;
    }

    public String cloudFormationKey() {
        return cloudFormationKey;
    }
}
