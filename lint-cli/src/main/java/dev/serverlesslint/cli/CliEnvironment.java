package dev.serverlesslint.cli;

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

    /** The real process environment. {@code System.console()} is non-null only on an interactive terminal. */
    public static CliEnvironment system() {
        return new CliEnvironment(System.getenv(), System.console() != null,
                Path.of("").toAbsolutePath().normalize());
    }

    /** A variable's value, or {@code null} when it is unset or empty. */
    public String variable(String name) {
        String value = variables.get(name);
        return value == null || value.isEmpty() ? null : value;
    }
}
