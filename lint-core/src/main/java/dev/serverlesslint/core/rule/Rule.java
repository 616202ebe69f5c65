package dev.serverlesslint.core.rule;

/**
 * A lint rule. Implementations are discovered with {@link java.util.ServiceLoader}, carry a
 * {@link RuleDefinition} annotation, and implement {@link JavaRule} (one Java file at a time),
 * {@link ConfigRule} (one configuration file at a time) or {@link ProjectRule} (the whole project
 * once per run), or none of them, for findings the engine itself produces (parse errors, invalid
 * configuration, unused suppressions).
 * Rules must be stateless: one instance checks many files on several threads at once.
 */
public interface Rule {

    default RuleMetadata metadata() {
        return RuleMetadata.of(getClass());
    }
}
