package dev.serverlesslint.cli.daemon;

import dev.serverlesslint.cli.daemon.client.LintClient;
import dev.serverlesslint.cli.daemon.client.ServerIdentity;
import dev.serverlesslint.fixtures.FixtureProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The client as {@code bin/serverless-lint} runs it: a JVM whose class path holds the client's package and
 * nothing else (what lint-cli/pom.xml packs into serverless-lint-client.jar), so a class it needs from
 * elsewhere fails here instead of turning every served command into a normal run without anyone noticing.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class LintClientJarTest {

    /** The package the client jar is made of (lint-cli/pom.xml, the lint-server-client execution: keep in step). */
    private static final String CLIENT_PACKAGE = "dev/serverlesslint/cli/daemon/client";

    @TempDir
    Path temp;

    @Test
    void theClientAloneGetsItsAnswersFromTheServer() throws Exception {
        Path classes = clientClassesAlone();
        Path jar = Files.writeString(temp.resolve("serverless-lint.jar"), "build 1");
        Map<String, String> environment = clientEnvironment();
        // The identity the client computes for itself: this JDK, the jar, the server flags, no JVM variables.
        String identity = ServerIdentity.of(jar, System.getProperty("java.home"),
                System.getProperty("java.runtime.version"), LintClient.SERVER_FLAGS, environment).text;
        String project = FixtureProjects.directory().resolve("sample-order-service").toString();
        try (ServerProcess server = ServerProcess.start(temp.resolve("runtime").resolve("serverless-lint"), identity,
                600, jar)) {
            for (String[] args : List.of(new String[] {"--version"},
                    new String[] {"--no-cache", "--format", "json", project})) {
                LintClient.Answer expected = server.lint(temp, false, environment, args);
                assertNotNull(expected);
                Outcome outcome = runClient(classes, jar, environment, args);
                assertEquals(expected.exitCode, outcome.exitCode,
                        "served, not left to a normal run: " + outcome.errorText());
                assertArrayEquals(expected.out, outcome.out);
                assertArrayEquals(expected.err, outcome.err);
            }
        }
    }

    @Test
    void withoutAServerTheClientSaysRunNormallyAndWritesNothing() throws Exception {
        Path classes = clientClassesAlone();
        // Not a jar: the server the client starts from it fails at once, so nothing can answer.
        Path jar = Files.writeString(temp.resolve("serverless-lint.jar"), "not a jar");
        Outcome outcome = runClient(classes, jar, clientEnvironment(), new String[] {"--version"});
        assertEquals(LintClient.RUN_NORMALLY, outcome.exitCode, outcome.errorText());
        assertEquals(0, outcome.out.length);
        assertEquals(0, outcome.err.length);
    }

    @Test
    void theClientStartsTheServerItNames() {
        assertEquals(LintServer.class.getName(), LintClient.SERVER_CLASS);
    }

    /** A private runtime directory in the temporary directory, a home of its own, and nothing else. */
    private Map<String, String> clientEnvironment() throws IOException {
        Path runtime = temp.resolve("runtime");
        Files.createDirectories(runtime);
        Map<String, String> environment = new HashMap<>();
        environment.put("XDG_RUNTIME_DIR", runtime.toString());
        environment.put("HOME", temp.resolve("home").toString());
        environment.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        return environment;
    }

    /** A copy of the build's classes of the client's package only. */
    private Path clientClassesAlone() throws Exception {
        Path built = Path.of(LintClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path copy = temp.resolve("client-classes");
        try (Stream<Path> files = Files.walk(built.resolve(CLIENT_PACKAGE))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = copy.resolve(built.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
        return copy;
    }

    private record Outcome(byte[] out, byte[] err, int exitCode) {
        String errorText() {
            return new String(err, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private Outcome runClient(Path classes, Path jar, Map<String, String> environment, String[] args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-D" + LintClient.JAR_PROPERTY + "=" + jar, "-cp", classes.toString(), LintClient.class.getName()));
        command.addAll(List.of(args));
        Path out = temp.resolve("client.out");
        Path err = temp.resolve("client.err");
        ProcessBuilder builder = new ProcessBuilder(command).directory(temp.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        Process client = builder.start();
        assertTrue(client.waitFor(120, TimeUnit.SECONDS), "the client finished");
        return new Outcome(Files.readAllBytes(out), Files.readAllBytes(err), client.exitValue());
    }
}
