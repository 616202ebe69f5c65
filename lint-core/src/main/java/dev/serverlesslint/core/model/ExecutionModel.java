package dev.serverlesslint.core.model;

import java.util.Optional;

/**
 * How Lambda runs a function's handler. A function may be both on Managed Instances and durable.
 *
 * @param managedInstances the capacity provider setting when the function runs on Lambda Managed
 *                         Instances (many requests at once in one JVM), else empty
 * @param durable          whether the function is a durable function: it has a {@code DurableConfig}, or its
 *                         handler class extends the durable execution SDK's {@code DurableHandler}. Its handler
 *                         is replayed from the top after every suspension.
 */
public record ExecutionModel(Optional<ManagedInstances> managedInstances, boolean durable) {

    /** The classic model: one request at a time per execution environment, no replay. */
    public static final ExecutionModel CLASSIC = new ExecutionModel(Optional.empty(), false);

    public boolean isManagedInstances() {
        return managedInstances.isPresent();
    }

    public boolean isClassic() {
        return managedInstances.isEmpty() && !durable;
    }
}
