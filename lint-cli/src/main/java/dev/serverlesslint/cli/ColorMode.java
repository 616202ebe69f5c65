package dev.serverlesslint.cli;

import java.util.Locale;

/** {@code --color}: whether the text report uses ANSI colours. */
enum ColorMode {
    /**
     * No colour when {@code NO_COLOR} is set (https://no-color.org); under pre-commit, which sets
     * {@code PRE_COMMIT_COLOR} to {@code always} or {@code never} from its own {@code --color} for its hooks,
     * what that says; otherwise colour when standard output is a terminal that is not {@code TERM=dumb}.
     */
    AUTO,
    ALWAYS,
    NEVER;

    boolean enabled(CliEnvironment environment, boolean toStandardOutput) {
        return switch (this) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> toStandardOutput && environment.variable("NO_COLOR") == null && automatic(environment);
        };
    }

    private static boolean automatic(CliEnvironment environment) {
        String preCommit = environment.variable("PRE_COMMIT_COLOR");
        if ("always".equals(preCommit) || "never".equals(preCommit)) {
            return "always".equals(preCommit);
        }
        return environment.terminal() && !"dumb".equals(environment.variable("TERM"));
    }

    static ColorMode parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown colour mode '" + text + "' (expected auto, always or never)");
        }
    }
}
