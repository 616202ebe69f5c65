package dev.serverlesslint.cli;

import dev.serverlesslint.cli.daemon.client.InteractiveTerminal;

import java.io.Console;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What the command reads from its surroundings, injected so that tests control it: environment
 * variables ({@code NO_COLOR}, {@code GITHUB_STEP_SUMMARY}), whether it runs on a terminal, and the
 * working directory that reported paths are relative to.
 *
 * @param variables        environment variables
 * @param terminal         whether standard output and error are an interactive terminal
 * @param workingDirectory absolute working directory
 */
public record CliEnvironment(Map<String, String> variables, boolean terminal, Path workingDirectory) {

    public CliEnvironment {
        variables = Map.copyOf(variables);
        Objects.requireNonNull(workingDirectory, "workingDirectory");
    }

    /** The real process environment. */
    public static CliEnvironment system() {
        return new CliEnvironment(System.getenv(), isInteractiveTerminal(System.console()),
                Path.of("").toAbsolutePath().normalize());
    }

    /** Whether standard input and output are an interactive terminal ({@link InteractiveTerminal}). */
    public static boolean isInteractiveTerminal(Console console) {
        return InteractiveTerminal.is(console);
    }

    /** A variable's value, or {@code null} when it is unset or empty. */
    public String variable(String name) {
        String value = variables.get(name);
        return value == null || value.isEmpty() ? null : value;
    }
}
