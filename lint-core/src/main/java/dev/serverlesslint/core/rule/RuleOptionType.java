package dev.serverlesslint.core.rule;

import java.util.Locale;

/** The value types a rule option can have; the configuration loader checks values against them. */
public enum RuleOptionType {
    /** A whole number, read with {@link RuleOptions#number}. */
    NUMBER,
    /** {@code true} or {@code false}, read with {@link RuleOptions#flag}. */
    BOOLEAN,
    /** Any scalar, read with {@link RuleOptions#text}. */
    TEXT;

    /** Whether a configured scalar is a valid value of this type. */
    public boolean accepts(String value) {
        String trimmed = value.trim();
        return switch (this) {
            case NUMBER -> trimmed.matches("[+-]?\\d{1,18}");
            case BOOLEAN -> trimmed.equalsIgnoreCase("true") || trimmed.equalsIgnoreCase("false");
            case TEXT -> true;
        };
    }

    public String label() {
        return switch (this) {
            case NUMBER -> "a whole number";
            case BOOLEAN -> "true or false";
            case TEXT -> "text";
        };
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
