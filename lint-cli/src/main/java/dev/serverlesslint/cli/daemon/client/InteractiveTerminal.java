package dev.serverlesslint.cli.daemon.client;

import java.io.Console;
import java.lang.reflect.Method;

/**
 * Whether standard input and output are an interactive terminal: what the command's colours and progress
 * follow. Here, not in the command's classes, because the lint server's client tells the server, and the
 * client loads nothing but its own package.
 */
public final class InteractiveTerminal {

    private InteractiveTerminal() {
    }

    /**
     * Up to Java 21, {@code System.console()} is non-null only when standard input and output are a
     * terminal. From Java 22 it is also non-null when they are redirected, and {@code Console.isTerminal()}
     * (called reflectively: this code targets Java 17) tells the difference.
     */
    public static boolean is(Console console) {
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
}
