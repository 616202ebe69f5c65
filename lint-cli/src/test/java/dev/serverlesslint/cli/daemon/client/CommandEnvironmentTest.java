package dev.serverlesslint.cli.daemon.client;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class CommandEnvironmentTest {

    @Test
    void theJvmOptionsTheLauncherHeldBackArePutBack() {
        Map<String, String> process = Map.of("PATH", "/bin", "JAVA_TOOL_OPTIONS", "",
                "SERVERLESS_LINT_CLIENT_JAVA_TOOL_OPTIONS", "-Dsecret=1",
                "SERVERLESS_LINT_CLIENT__JAVA_OPTIONS", "");
        assertEquals(Map.of("PATH", "/bin", "JAVA_TOOL_OPTIONS", "-Dsecret=1", "_JAVA_OPTIONS", ""),
                CommandEnvironment.of(process));
    }

    @Test
    void anEnvironmentWithNothingHeldBackIsTheProcessEnvironment() {
        Map<String, String> process = Map.of("PATH", "/bin", "JDK_JAVA_OPTIONS", "-Xmx1g");
        assertSame(process, CommandEnvironment.of(process));
    }

    @Test
    void theHeldBackOptionsAreAnnouncedAsTheJvmWould() {
        Map<String, String> process = Map.of("SERVERLESS_LINT_CLIENT__JAVA_OPTIONS", "-Dc=3",
                "SERVERLESS_LINT_CLIENT_JAVA_TOOL_OPTIONS", "", "SERVERLESS_LINT_CLIENT_JDK_JAVA_OPTIONS", "-Da=1",
                "JDK_JAVA_OPTIONS", "");
        assertEquals("NOTE: Picked up JDK_JAVA_OPTIONS: -Da=1\nPicked up JAVA_TOOL_OPTIONS: \n"
                + "Picked up _JAVA_OPTIONS: -Dc=3\n", CommandEnvironment.announcements(process));
        assertEquals("", CommandEnvironment.announcements(Map.of("JAVA_TOOL_OPTIONS", "-Db=2")));
    }
}
