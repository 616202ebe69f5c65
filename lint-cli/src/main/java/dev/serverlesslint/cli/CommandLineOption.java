package dev.serverlesslint.cli;

/**
 * One option of the command: its long name ({@code --format}), an optional short name ({@code -h}), the
 * label of its value in the help ({@code FORMAT}; {@code null} for a flag), whether it may be given more
 * than once, and its help text.
 */
record CommandLineOption(String name, String shortName, String valueLabel, boolean repeatable, String description) {

    static CommandLineOption flag(String name, String description) {
        return new CommandLineOption(name, null, null, false, description);
    }

    static CommandLineOption flag(String name, String shortName, String description) {
        return new CommandLineOption(name, shortName, null, false, description);
    }

    static CommandLineOption value(String name, String valueLabel, String description) {
        return new CommandLineOption(name, null, valueLabel, false, description);
    }

    static CommandLineOption repeatable(String name, String valueLabel, String description) {
        return new CommandLineOption(name, null, valueLabel, true, description);
    }

    boolean takesValue() {
        return valueLabel != null;
    }

    /** How the option appears in the help's left column: {@code -h, --help} or {@code --format=FORMAT}. */
    String synopsis() {
        String names = shortName == null ? "    " + name : shortName + ", " + name;
        return takesValue() ? names + "=" + valueLabel : names;
    }
}
