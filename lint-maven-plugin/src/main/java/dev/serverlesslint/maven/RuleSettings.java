package dev.serverlesslint.maven;

import dev.serverlesslint.core.engine.RuleSet;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.rule.RuleMetadata;
import dev.serverlesslint.core.rule.RuleOptions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rule settings of the goal's parameters, checked against the rules there are: {@code rules}
 * (run only these), {@code disable}, {@code severities} ({@code ID=severity}, {@code off} disables)
 * and {@code ruleOptions} ({@code ID.option=value}). Rules are named by ID or name. They apply over
 * the configuration file's settings, as the command line's {@code --rule} and {@code --disable} do.
 * An entry may hold several values separated by commas, as a {@code -D} property gives them.
 *
 * @param only       rule IDs to run (empty: all)
 * @param disabled   rule IDs not to run
 * @param severities severities by rule ID
 * @param options    options by rule ID
 */
record RuleSettings(Set<String> only, Set<String> disabled, Map<String, Severity> severities,
                    Map<String, RuleOptions> options) {

    static final String OFF = "off";

    RuleSettings {
        only = Set.copyOf(only);
        disabled = Set.copyOf(disabled);
        severities = Map.copyOf(severities);
        options = Map.copyOf(options);
    }

    /**
     * @throws IllegalArgumentException naming the parameter, when a rule, severity, option or value is unknown
     */
    static RuleSettings from(RuleSet rules, List<String> only, List<String> disable, List<String> severities,
                             List<String> options) {
        Set<String> onlyIds = new LinkedHashSet<>();
        for (String name : values(only)) {
            onlyIds.add(rule(rules, "rules", name).id());
        }
        Set<String> disabledIds = new LinkedHashSet<>();
        for (String name : values(disable)) {
            disabledIds.add(rule(rules, "disable", name).id());
        }
        Map<String, Severity> severityById = new LinkedHashMap<>();
        for (String entry : values(severities)) {
            String[] parts = pair(entry, '=', "severities", "ID=severity, e.g. SL201=error");
            RuleMetadata rule = rule(rules, "severities", parts[0]);
            if (parts[1].equalsIgnoreCase(OFF)) {
                disabledIds.add(rule.id());
                continue;
            }
            try {
                severityById.put(rule.id(), Severity.parse(parts[1]));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("severities: " + rule.id() + ": unknown severity '" + parts[1]
                        + "' (expected note, warning, error or off)", e);
            }
        }
        Map<String, Map<String, String>> optionValues = new LinkedHashMap<>();
        for (String entry : values(options)) {
            String[] setting = pair(entry, '=', "ruleOptions", "ID.option=value, e.g. SL112.maxPoolSize=5");
            String[] key = pair(setting[0], '.', "ruleOptions", "ID.option=value, e.g. SL112.maxPoolSize=5");
            RuleMetadata rule = rule(rules, "ruleOptions", key[0]);
            Optional<RuleMetadata.OptionSpec> spec = rule.option(key[1]);
            if (spec.isEmpty()) {
                throw new IllegalArgumentException("ruleOptions: rule " + rule.id() + " has no option '" + key[1] + "'"
                        + (rule.options().isEmpty() ? "; it takes no options"
                        : "; its options are " + rule.options().stream().map(RuleMetadata.OptionSpec::name)
                                .sorted().toList()));
            }
            if (!spec.get().type().accepts(setting[1])) {
                throw new IllegalArgumentException("ruleOptions: " + rule.id() + "." + key[1] + " must be "
                        + spec.get().type().label() + ", not '" + setting[1] + "'");
            }
            optionValues.computeIfAbsent(rule.id(), id -> new LinkedHashMap<>()).put(key[1], setting[1]);
        }
        Map<String, RuleOptions> optionsById = new LinkedHashMap<>();
        optionValues.forEach((id, values) -> optionsById.put(id, new RuleOptions(values)));
        return new RuleSettings(onlyIds, disabledIds, severityById, optionsById);
    }

    /** Whether the rule runs as far as these settings say (the configuration file may still turn it off). */
    boolean mayRun(String ruleId) {
        return (only.isEmpty() || only.contains(ruleId)) && !disabled.contains(ruleId);
    }

    private static List<String> values(List<String> entries) {
        List<String> values = new ArrayList<>();
        for (String entry : entries == null ? List.<String>of() : entries) {
            if (entry == null) {
                continue;
            }
            for (String value : entry.split(",")) {
                if (!value.isBlank()) {
                    values.add(value.trim());
                }
            }
        }
        return values;
    }

    private static String[] pair(String entry, char separator, String parameter, String expected) {
        int at = entry.indexOf(separator);
        if (at <= 0 || at == entry.length() - 1) {
            throw new IllegalArgumentException(parameter + ": '" + entry + "' is not " + expected);
        }
        return new String[] {entry.substring(0, at).trim(), entry.substring(at + 1).trim()};
    }

    private static RuleMetadata rule(RuleSet rules, String parameter, String name) {
        String id = name.toUpperCase(Locale.ROOT);
        return rules.metadata(id)
                .or(() -> rules.metadata().stream().filter(m -> m.name().equalsIgnoreCase(name)).findFirst())
                .orElseThrow(() -> new IllegalArgumentException(parameter + ": unknown rule '" + name
                        + "'; mvn serverless-lint:list-rules lists them"));
    }
}
