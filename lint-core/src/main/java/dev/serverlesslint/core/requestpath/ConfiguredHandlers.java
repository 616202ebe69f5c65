package dev.serverlesslint.core.requestpath;

import com.github.javaparser.ast.body.TypeDeclaration;
import dev.serverlesslint.core.model.HandlerReference;
import dev.serverlesslint.core.model.SpringFunctionDeployment;

import java.util.List;
import java.util.function.Function;

/**
 * What handler discovery needs from the configuration, given by the project model once its references
 * are resolved (not the half-built model itself): the handler strings that name each type, and how
 * functions deploy Spring Cloud Function beans.
 *
 * @param byType the handler references naming a type (empty for a type no configuration names)
 * @param spring the Spring Cloud Function adapter and the bean names functions select
 */
public record ConfiguredHandlers(Function<TypeDeclaration<?>, List<HandlerReference>> byType,
                                 SpringFunctionDeployment spring) {

    /** No configuration: handlers are found by their type alone. */
    public static final ConfiguredHandlers NONE = new ConfiguredHandlers(type -> List.of(), SpringFunctionDeployment.NONE);

    public List<HandlerReference> naming(TypeDeclaration<?> type) {
        return byType.apply(type);
    }
}
