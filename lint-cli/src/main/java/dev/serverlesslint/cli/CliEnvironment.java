package dev.serverlesslint.cli;

import java.io.Console;
import java.lang.reflect.Method;
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

    /**
     * Up to Java 21, {@code System.console()} is non-null only when standard input and output are a
     * terminal. From Java 22 it is also non-null when they are redirected, and {@code Console.isTerminal()}
     * (called reflectively: this code targets Java 17) tells the difference.
     */
    public static boolean isInteractiveTerminal(Console console) {
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return Boolean.TRUE.equals(isTerminal.invoke(console));
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /** A variable's value, or {@code null} when it is unset or empty. */
    public String variable(String name) {
        String value = variables.get(name);
        return value == null || value.isEmpty() ? null : value;
    }
}
