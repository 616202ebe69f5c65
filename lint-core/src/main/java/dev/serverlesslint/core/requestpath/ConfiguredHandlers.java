package dev.serverlesslint.core.requestpath;

import com.github.javaparser.ast.body.TypeDeclaration;
import dev.serverlesslint.core.model.HandlerReference;

import java.util.List;

/**
 * The handler strings of configuration that name a type: what handler discovery needs from the
 * configuration, given by the project model once its references are resolved (not the half-built
 * model itself).
 */
@FunctionalInterface
public interface ConfiguredHandlers {

    /** No configuration: handlers are found by their type alone. */
    ConfiguredHandlers NONE = type -> List.of();

    List<HandlerReference> naming(TypeDeclaration<?> type);
}
