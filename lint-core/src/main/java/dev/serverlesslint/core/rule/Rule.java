package dev.serverlesslint.core.rule;

/**
 * A lint rule. Implementations are discovered with {@link java.util.ServiceLoader}, carry a
 * {@link RuleDefinition} annotation, and implement {@link JavaRule} or {@link ConfigRule}
 * (or neither, for findings the engine itself produces, such as parse errors).
 * Rules must be stateless: one instance checks many files on several threads at once.
 */
public interface Rule {

    default RuleMetadata metadata() {
        return RuleMetadata.of(getClass());
    }
}
