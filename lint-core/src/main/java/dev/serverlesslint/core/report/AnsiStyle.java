package dev.serverlesslint.core.report;

import dev.serverlesslint.core.finding.Severity;

/** ANSI SGR colours for terminal output, or nothing at all when colour is off. */
final class AnsiStyle {

    private static final String RESET = "\u001B[0m";

    private final boolean enabled;

    AnsiStyle(boolean enabled) {
        this.enabled = enabled;
    }

    String bold(String text) {
        return wrap("1", text);
    }

    String dim(String text) {
        return wrap("2", text);
    }

    String severity(Severity severity, String text) {
        return wrap(switch (severity) {
            case ERROR -> "1;31";
            case WARNING -> "33";
            case NOTE -> "36";
        }, text);
    }

    private String wrap(String code, String text) {
        return enabled ? "\u001B[" + code + "m" + text + RESET : text;
    }
}
