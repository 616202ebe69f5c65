package dev.serverlesslint.core.rule;

import dev.serverlesslint.core.finding.Severity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Metadata of one rule, read from its {@link RuleDefinition}. */
public record RuleMetadata(
        String id,
        String name,
        Severity defaultSeverity,
        String summary,
        String description,
        String remediation,
        List<OptionSpec> options) {

    private static final Pattern ID = Pattern.compile("SL\\d{3}");
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** A declared rule option (see {@link RuleOption}). */
    public record OptionSpec(String name, RuleOptionType type, String defaultValue, String description) {
    }

    public RuleMetadata {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("rule ID must look like SL123: " + id);
        }
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("rule name must be kebab-case: " + name);
        }
        options = List.copyOf(options);
    }

    /** Metadata of a rule without options. */
    public RuleMetadata(String id, String name, Severity defaultSeverity, String summary, String description,
                        String remediation) {
        this(id, name, defaultSeverity, summary, description, remediation, List.of());
    }

    /** Read once per rule class: the engine asks for every rule on every file. */
    private static final ClassValue<RuleMetadata> BY_CLASS = new ClassValue<>() {
        @Override
        protected RuleMetadata computeValue(Class<?> ruleClass) {
            return read(ruleClass);
        }
    };

    public static RuleMetadata of(Class<?> ruleClass) {
        return BY_CLASS.get(ruleClass);
    }

    private static RuleMetadata read(Class<?> ruleClass) {
        RuleDefinition definition = ruleClass.getAnnotation(RuleDefinition.class);
        if (definition == null) {
            throw new IllegalStateException(ruleClass.getName() + " has no @RuleDefinition");
        }
        List<OptionSpec> options = Arrays.stream(definition.options())
                .map(o -> new OptionSpec(o.name(), o.type(), o.defaultValue(), o.description()))
                .toList();
        return new RuleMetadata(definition.id(), definition.name(), definition.severity(),
                definition.summary(), definition.description(), definition.remediation(), options);
    }

    public Optional<OptionSpec> option(String optionName) {
        return options.stream().filter(o -> o.name().equals(optionName)).findFirst();
    }

    /** Path of the rule's documentation page, relative to the project root. */
    public String docPath() {
        return "docs/rules/" + id + ".md";
    }
}
