package dev.serverlesslint.core.finding;

import java.util.Locale;

/** Finding severities, ordered from least to most severe; the names are SARIF's result levels. */
public enum Severity {
    NOTE,
    WARNING,
    ERROR;

    /** The lower-case name used in reports, configuration and on the command line. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isAtLeast(Severity threshold) {
        return compareTo(threshold) >= 0;
    }

    /** Parses {@code note}, {@code warning} or {@code error}, case-insensitively. */
    public static Severity parse(String text) {
        for (Severity severity : values()) {
            if (severity.label().equalsIgnoreCase(text.trim())) {
                return severity;
            }
        }
        throw new IllegalArgumentException(
                "unknown severity '" + text + "' (expected note, warning or error)");
    }
}
