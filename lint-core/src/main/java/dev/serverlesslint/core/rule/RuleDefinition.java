package dev.serverlesslint.core.rule;

import dev.serverlesslint.core.finding.Severity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The single source of truth for a rule's metadata: the SARIF rule descriptors and
 * {@code --list-rules} are generated from it, and a test checks each rule's documentation page
 * (docs/rules/SLxxx.md) against it. The Maven plugin's help describes the goal's parameters, not
 * the rules, and is not generated from it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleDefinition {

    /** Stable ID from the rule catalog, e.g. {@code SL103}. */
    String id();

    /** Kebab-case name, e.g. {@code handler-scoped-client}. */
    String name();

    Severity severity();

    /** One sentence: what the rule finds. */
    String summary();

    /** Why it matters on AWS Lambda. */
    String description();

    /** What to do instead. */
    String remediation();

    /** The options this rule reads from the project configuration; any other name is a configuration error. */
    RuleOption[] options() default {};

    /** What kind of harm the findings do (a SARIF tag). Every shipped rule states it. */
    RuleCategory category() default RuleCategory.UNCLASSIFIED;

    /** How often the findings are right (SARIF {@code precision}). Every shipped rule states it. */
    RulePrecision precision() default RulePrecision.UNSPECIFIED;

    /**
     * For {@link RuleCategory#SECURITY} rules only: a CVSS-like score from {@code 0.1} to {@code 10.0} with one
     * decimal (SARIF {@code security-severity}), by which GitHub ranks security alerts: 9.0 and above critical,
     * 7.0 high, 4.0 medium, below that low.
     */
    String securitySeverity() default "";
}
