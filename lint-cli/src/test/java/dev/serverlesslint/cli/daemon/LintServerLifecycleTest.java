package dev.serverlesslint.cli.daemon;

import dev.serverlesslint.cli.daemon.client.DaemonDirectory;
import dev.serverlesslint.cli.daemon.client.DaemonProtocol;
import dev.serverlesslint.cli.daemon.client.LintClient;
import dev.serverlesslint.cli.daemon.client.ServerIdentity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When a server runs, refuses and stops: one per identity, stale sockets, idle time, a new jar, a client that goes. */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class LintServerLifecycleTest {

    @TempDir
    Path temp;

    private Path directory() {
        return temp.resolve("runtime").resolve("serverless-lint");
    }

    @Test
    void oneServerPerIdentityAndAStaleSocketIsReplaced() throws Exception {
        Path directory = DaemonDirectory.secured(directory());
        ServerIdentity identity = ServerIdentity.given("stale test");
        Path socket = DaemonDirectory.socket(directory, identity.key);
        // A server that died left its socket behind: nobody accepts on it.
        try (ServerSocketChannel dead = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            dead.bind(UnixDomainSocketAddress.of(socket));
        }
        assertTrue(Files.exists(socket));
        assertNull(LintClient.connect(socket), "nobody listens on a stale socket");
        Path jar = Files.writeString(temp.resolve("watched.jar"), "build 1");
        try (ServerProcess server = ServerProcess.start(directory, "stale test", 600, jar)) {
            assertNotNull(server.lint(temp, false, Map.of(), "--version"));
            // A second server of the same identity finds the first one's lock and exits at once.
            Process second = ServerProcess.launch(directory, "stale test", 600, jar);
            assertTrue(second.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, second.exitValue());
            assertNotNull(server.lint(temp, false, Map.of(), "--version"), "the first still serves");
            // Another identity (another jar or JDK) is refused: the command then runs the normal way.
            assertNull(server.send("another build", DaemonProtocol.LINT, temp, false, Map.of(), "--version"));
            // So is a working directory that is not absolute.
            assertNull(server.send("stale test", DaemonProtocol.LINT, Path.of("relative"), false, Map.of(), "--version"));
        }
        assertFalse(Files.exists(socket), "a stopped server removes its socket");
    }

    @Test
    void aCommandDuringTheWarmUpIsAnsweredAfterItsRoundAndEndsTheWarmUp() throws Exception {
        Path jar = Files.writeString(temp.resolve("watched.jar"), "build 1");
        int rounds = 1_000_000;
        try (ServerProcess server = ServerProcess.start(directory(), "warm-up test", 600, jar, rounds)) {
            Path project = server.directory.resolve("warm-up-" + server.process.pid());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.isDirectory(project) && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertTrue(Files.isDirectory(project), "the warm-up copies its project into the server's directory");
            LintClient.Answer answer = server.lint(temp, false, Map.of(), "--version");
            assertNotNull(answer, "a command is not refused because the server warms up");
            assertEquals(0, answer.exitCode);
            String warmedUp = server.awaitLogLine("serverless-lint server " + server.process.pid() + " warmed up: ");
            assertNotNull(warmedUp, "the warm-up ended");
            int made = Integer.parseInt(warmedUp.replaceAll(".* warmed up: (\\d+) of .*", "$1"));
            assertTrue(made < rounds, "the warm-up stopped for the command: " + warmedUp);
            assertFalse(Files.exists(project), "the warm-up removed its project");
            assertNotNull(server.lint(temp, false, Map.of(), "--version"), "and the server serves on");
        }
    }

    @Test
    void exitsWhenIdleAndWhenItsJarChanges() throws Exception {
        Path jar = Files.writeString(temp.resolve("watched.jar"), "build 1");
        try (ServerProcess idle = ServerProcess.start(directory(), "idle test", 2, jar)) {
            LintClient.Answer answer = idle.lint(temp, false, Map.of(), "--version");
            assertNotNull(answer);
            assertEquals(0, answer.exitCode);
            assertTrue(idle.exited(60), "an idle server exits");
            assertFalse(Files.exists(idle.socket));
        }
        try (ServerProcess rebuilt = ServerProcess.start(directory(), "jar test", 600, jar)) {
            Files.writeString(jar, "build 2, a new jar");
            assertTrue(rebuilt.exited(60), "a server whose jar changed exits");
            assertFalse(Files.exists(rebuilt.socket));
            assertTrue(Files.readString(directory().resolve("server.log")).contains("stopped: its jar changed"));
        }
    }

    @Test
    void aClientThatGoesCancelsItsRunAndNoReportIsWritten() throws Exception {
        Path project = temp.resolve("big");
        for (int i = 0; i < 400; i++) {
            Path file = project.resolve("src/main/java/com/example/Handler" + i + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, "package com.example;\n\nimport com.amazonaws.services.lambda.runtime.Context;\n"
                    + "import com.amazonaws.services.lambda.runtime.RequestHandler;\n\n"
                    + "public class Handler" + i + " implements RequestHandler<String, String> {\n"
                    + "    private final java.util.Map<String, String> cache = new java.util.HashMap<>();\n"
                    + "    public String handleRequest(String input, Context context) {\n"
                    + "        cache.put(input, input);\n        return input + " + i + ";\n    }\n}\n");
        }
        Path report = temp.resolve("report.json");
        Path jar = Files.writeString(temp.resolve("watched.jar"), "build 1");
        try (ServerProcess server = ServerProcess.start(directory(), "cancel test", 600, jar)) {
            SocketChannel channel = LintClient.connect(server.socket);
            assertNotNull(channel);
            byte[] request = DaemonProtocol.encode(new DaemonProtocol.Request("cancel test", DaemonProtocol.LINT,
                    temp.toString(), false, new String[] {"--no-cache", "--format", "json", "--output",
                            report.toString(), project.toString()}, Map.of()));
            DaemonProtocol.writeFully(channel, ByteBuffer.wrap(request));
            Thread.sleep(100);
            channel.close(); // Ctrl-C in the client
            // The run stops: either the server answers the next request, or it exited as a fresh JVM would.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            LintClient.Answer next = null;
            while (next == null && server.process.isAlive() && System.nanoTime() < deadline) {
                try {
                    next = server.lint(temp, false, Map.of(), "--version");
                } catch (IOException e) {
                    // exiting
                }
                if (next == null) {
                    Thread.sleep(50); // busy with the cancelled run until it stops
                }
            }
            assertTrue(next != null || server.exited(60), "the server either serves again or has exited");
            if (next != null) {
                assertEquals(0, next.exitCode);
                assertTrue(new String(next.out, StandardCharsets.UTF_8).startsWith("serverless-lint "));
            }
            assertFalse(Files.exists(report), "the cancelled run wrote no report");
            try (var left = Files.list(temp)) {
                assertEquals(0, left.filter(f -> f.getFileName().toString().startsWith(".report.json")).count(),
                        "and left no temporary file");
            }
        }
    }

    @Test
    void theDirectoryMustBePrivate() throws Exception {
        Path open = Files.createDirectories(temp.resolve("open"));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxr-xr-x"));
        IOException refused = assertThrows(IOException.class, () -> DaemonDirectory.secured(open));
        assertTrue(refused.getMessage().contains("open to group or others"), refused.getMessage());
        Path target = DaemonDirectory.secured(temp.resolve("private"));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
        Path link = Files.createSymbolicLink(temp.resolve("link"), target);
        IOException notADirectory = assertThrows(IOException.class, () -> DaemonDirectory.secured(link));
        assertTrue(notADirectory.getMessage().contains("is not a directory"), notADirectory.getMessage());
    }

    @Test
    void theDirectoryComesFromTheEnvironment() {
        assertEquals(Path.of("/run/user/1000/serverless-lint"),
                DaemonDirectory.locate(Map.of("XDG_RUNTIME_DIR", "/run/user/1000", "HOME", "/home/a")));
        assertEquals(Path.of("/home/a/.cache/serverless-lint/daemon"),
                DaemonDirectory.locate(Map.of("XDG_RUNTIME_DIR", "relative", "HOME", "/home/a")));
        assertNull(DaemonDirectory.locate(Map.of()));
    }

    @Test
    void noServerWithoutAJarOrAPlace() throws Exception {
        // The command then runs the normal way.
        Path jar = Files.writeString(temp.resolve("serverless-lint.jar"), "build 1");
        assertNull(LintClient.ask(null, new String[] {"--version"}, Map.of("XDG_RUNTIME_DIR", temp.toString())));
        assertNull(LintClient.ask(jar, new String[] {"--version"}, Map.of()));
    }
}
