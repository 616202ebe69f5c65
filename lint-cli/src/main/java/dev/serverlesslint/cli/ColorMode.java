package dev.serverlesslint.cli;

import java.util.Locale;

/** {@code --color}: whether the text report uses ANSI colours. */
enum ColorMode {
    /** Colour when standard output is a terminal and {@code NO_COLOR} is not set (https://no-color.org). */
    AUTO,
    ALWAYS,
    NEVER;

    boolean enabled(CliEnvironment environment, boolean toStandardOutput) {
        return switch (this) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> toStandardOutput && environment.terminal() && environment.variable("NO_COLOR") == null;
        };
    }

    static ColorMode parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown colour mode '" + text + "' (expected auto, always or never)");
        }
    }
}
