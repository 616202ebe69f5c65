package dev.serverlesslint.core.rule;

import dev.serverlesslint.core.finding.Severity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Metadata of one rule, read from its {@link RuleDefinition} (through the build's {@link RuleMetadataIndex}). */
public record RuleMetadata(
        String id,
        String name,
        Severity defaultSeverity,
        String summary,
        String description,
        String remediation,
        List<OptionSpec> options,
        RuleCategory category,
        RulePrecision precision,
        String securitySeverity) {

    private static final Pattern ID = Pattern.compile("SL\\d{3}");
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern SCORE = Pattern.compile("(10|[0-9])\\.[0-9]");

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
        category = category == null ? RuleCategory.UNCLASSIFIED : category;
        precision = precision == null ? RulePrecision.UNSPECIFIED : precision;
        securitySeverity = securitySeverity == null ? "" : securitySeverity;
        if (category == RuleCategory.SECURITY) {
            if (!SCORE.matcher(securitySeverity).matches() || Double.parseDouble(securitySeverity) > 10.0
                    || Double.parseDouble(securitySeverity) == 0.0) {
                throw new IllegalArgumentException(id + ": a security rule needs a security severity from 0.1 to 10.0 "
                        + "with one decimal, e.g. \"7.5\", not '" + securitySeverity + "'");
            }
        } else if (!securitySeverity.isEmpty()) {
            throw new IllegalArgumentException(id + ": only security rules have a security severity");
        }
    }

    /** Metadata of an unclassified rule without options. */
    public RuleMetadata(String id, String name, Severity defaultSeverity, String summary, String description,
                        String remediation) {
        this(id, name, defaultSeverity, summary, description, remediation, List.of(), RuleCategory.UNCLASSIFIED,
                RulePrecision.UNSPECIFIED, "");
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
        RuleMetadata indexed = RuleMetadataIndex.find(ruleClass);
        return indexed != null ? indexed : fromAnnotation(ruleClass);
    }

    /** The metadata the rule class's {@link RuleDefinition} declares (what the build's index holds). */
    public static RuleMetadata fromAnnotation(Class<?> ruleClass) {
        RuleDefinition definition = ruleClass.getAnnotation(RuleDefinition.class);
        if (definition == null) {
            throw new IllegalStateException(ruleClass.getName() + " has no @RuleDefinition");
        }
        List<OptionSpec> options = Arrays.stream(definition.options())
                .map(o -> new OptionSpec(o.name(), o.type(), o.defaultValue(), o.description()))
                .toList();
        return new RuleMetadata(definition.id(), definition.name(), definition.severity(),
                definition.summary(), definition.description(), definition.remediation(), options,
                definition.category(), definition.precision(), definition.securitySeverity());
    }

    public Optional<OptionSpec> option(String optionName) {
        return options.stream().filter(o -> o.name().equals(optionName)).findFirst();
    }

    /** Path of the rule's documentation page, relative to the project root. */
    public String docPath() {
        return "docs/rules/" + id + ".md";
    }
}
