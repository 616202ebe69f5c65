package dev.serverlesslint.core.rule;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One option a rule reads from the project configuration ({@code rules: { SLxxx: { options: {..} } } }
 * in {@code .serverless-lint.yml}). Declared in {@link RuleDefinition#options()} so that the
 * configuration loader can reject unknown names and wrong types, and the docs can list them.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface RuleOption {

    /** The option's name as written in the configuration, e.g. {@code budgetMb}. */
    String name();

    RuleOptionType type() default RuleOptionType.NUMBER;

    /** The value used when the configuration does not set it, as text. */
    String defaultValue();

    /** One sentence: what the option changes. */
    String description();
}
