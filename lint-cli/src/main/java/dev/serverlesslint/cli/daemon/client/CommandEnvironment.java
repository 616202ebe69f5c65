package dev.serverlesslint.cli.daemon.client;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The command's environment as the user gave it. {@code bin/serverless-lint} starts the client's JVM without
 * the user's JVM options ({@code JAVA_TOOL_OPTIONS}, {@code JDK_JAVA_OPTIONS}, {@code _JAVA_OPTIONS}): they
 * are meant for the JVM that lints (the server, or the normal launch when the server cannot answer, which
 * would otherwise announce them on standard error a second time). It hands each set one over as
 * {@code SERVERLESS_LINT_CLIENT_<name>}; this puts them back, for the server's identity and the request, and
 * says what a JVM started with them announces, which a served command then writes as the normal run would.
 */
final class CommandEnvironment {

    /** In the order a JVM announces them: the java launcher first, then the JVM itself. */
    static final List<String> HELD_BACK = List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS");
    static final String HANDED_OVER_PREFIX = "SERVERLESS_LINT_CLIENT_";

    private CommandEnvironment() {
    }

    static Map<String, String> of(Map<String, String> processEnvironment) {
        Map<String, String> environment = null;
        for (String name : HELD_BACK) {
            String handedOver = HANDED_OVER_PREFIX.concat(name);
            String value = processEnvironment.get(handedOver);
            if (value != null) {
                if (environment == null) {
                    environment = new HashMap<>(processEnvironment);
                }
                environment.remove(handedOver);
                environment.put(name, value);
            }
        }
        return environment == null ? processEnvironment : environment;
    }

    /**
     * The lines a JVM started with the held-back options writes to standard error before anything else (for
     * each variable set, even empty): the java launcher's "NOTE: Picked up JDK_JAVA_OPTIONS: ...", HotSpot's
     * "Picked up JAVA_TOOL_OPTIONS: ..." and "Picked up _JAVA_OPTIONS: ...".
     */
    static String announcements(Map<String, String> processEnvironment) {
        StringBuilder lines = new StringBuilder();
        for (String name : HELD_BACK) {
            String value = processEnvironment.get(HANDED_OVER_PREFIX.concat(name));
            if (value != null) {
                lines.append(name.equals("JDK_JAVA_OPTIONS") ? "NOTE: Picked up " : "Picked up ")
                        .append(name).append(": ").append(value).append('\n');
            }
        }
        return lines.toString();
    }
}
