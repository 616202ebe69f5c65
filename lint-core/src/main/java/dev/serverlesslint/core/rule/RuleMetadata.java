package dev.serverlesslint.core.rule;

import dev.serverlesslint.core.finding.Severity;

import java.util.regex.Pattern;

/** Metadata of one rule, read from its {@link RuleDefinition}. */
public record RuleMetadata(
        String id,
        String name,
        Severity defaultSeverity,
        String summary,
        String description,
        String remediation) {

    private static final Pattern ID = Pattern.compile("SL\\d{3}");
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public RuleMetadata {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("rule ID must look like SL123: " + id);
        }
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("rule name must be kebab-case: " + name);
        }
    }

    public static RuleMetadata of(Class<?> ruleClass) {
        RuleDefinition definition = ruleClass.getAnnotation(RuleDefinition.class);
        if (definition == null) {
            throw new IllegalStateException(ruleClass.getName() + " has no @RuleDefinition");
        }
        return new RuleMetadata(definition.id(), definition.name(), definition.severity(),
                definition.summary(), definition.description(), definition.remediation());
    }

    /** Path of the rule's documentation page, relative to the project root. */
    public String docPath() {
        return "docs/rules/" + id + ".md";
    }
}
