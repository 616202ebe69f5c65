package dev.serverlesslint.core.requestpath;

import dev.serverlesslint.core.java.NodeKey;

import java.util.List;
import java.util.function.Function;

/**
 * What handler discovery needs from the configuration, given by the project model once its references
 * are resolved (not the half-built model itself): the methods the functions' handler strings name on
 * each type and how those functions run, and how functions deploy Spring Cloud Function beans. Which
 * functions they are stays with the model ({@code ProjectModel.functionsOf}).
 *
 * @param byType the methods configuration names on a type, one per function, in configuration order
 *               (empty for a type no configuration names)
 * @param spring the Spring Cloud Function adapter and the bean names functions select
 */
public record ConfiguredHandlers(Function<NodeKey, List<ConfiguredMethod>> byType,
                                 SpringFunctionDeployment spring) {

    /** No configuration: handlers are found by their type alone. */
    public static final ConfiguredHandlers NONE = new ConfiguredHandlers(type -> List.of(), SpringFunctionDeployment.NONE);

    /**
     * One function's handler string naming a type: the method, and whether the function runs on Lambda
     * Managed Instances ({@code concurrent}) or as a durable function ({@code durable}).
     */
    public record ConfiguredMethod(String name, boolean concurrent, boolean durable) {
    }

    /** By the type's key in the model's type index. */
    public List<ConfiguredMethod> naming(NodeKey type) {
        return byType.apply(type);
    }
}
