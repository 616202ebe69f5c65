package dev.serverlesslint.core.rule;

import java.util.Map;

/**
 * A rule's options from the project configuration ({@code .serverless-lint.yml}), as text by name.
 * Rules read them with a default, so a rule behaves sensibly with no configuration at all.
 */
public record RuleOptions(Map<String, String> values) {

    public static final RuleOptions NONE = new RuleOptions(Map.of());

    public RuleOptions {
        values = Map.copyOf(values);
    }

    public String text(String name, String defaultValue) {
        return values.getOrDefault(name, defaultValue);
    }

    /** A whole-number option; the configuration loader has already checked that it is one. */
    public long number(String name, long defaultValue) {
        String value = values.get(name);
        return value == null ? defaultValue : Long.parseLong(value.trim());
    }

    /** A boolean option; the configuration loader has already checked that it is one. */
    public boolean flag(String name, boolean defaultValue) {
        String value = values.get(name);
        return value == null ? defaultValue : Boolean.parseBoolean(value.trim());
    }
}
