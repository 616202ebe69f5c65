package dev.serverlesslint.cli.daemon;

import dev.serverlesslint.cli.CliEnvironment;
import dev.serverlesslint.cli.ServerlessLintCommand;
import dev.serverlesslint.cli.daemon.client.LintClient;
import dev.serverlesslint.fixtures.FixtureProjects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The server's answer is the fresh run's, byte for byte: standard output, standard error, exit code and the
 * report file, for commands run one after the other through one real server in a child JVM (whose working
 * directory is its private directory, not the client's) and by {@link ServerlessLintCommand#execute} here.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ServerAnswersLikeFreshRunTest {

    @TempDir
    static Path temp;

    private static ServerProcess server;

    @BeforeAll
    static void startServer() throws Exception {
        Path jar = Files.writeString(temp.resolve("watched.jar"), "build 1");
        // with the warm-up a server makes on its own, finished before the first command: what it ran leaves no trace
        server = ServerProcess.start(temp.resolve("runtime").resolve("serverless-lint"), "equivalence test", 600, jar,
                LintServerWarmUp.DEFAULT_ROUNDS);
        String warmedUp = server.awaitLogLine("serverless-lint server " + server.process.pid() + " warmed up: ");
        assertTrue(warmedUp != null && warmedUp.contains(" warmed up: " + LintServerWarmUp.DEFAULT_ROUNDS + " of "),
                "the warm-up made all its rounds: " + warmedUp);
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
            assertTrue(server.exited(0), "the server process is gone");
        }
    }

    /** The environment a client sends: a home of its own (the cache's default place), no CI variables. */
    private static Map<String, String> environment(String... extra) {
        Map<String, String> variables = new HashMap<>();
        variables.put("HOME", temp.resolve("home").toString());
        variables.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        for (int i = 0; i < extra.length; i += 2) {
            variables.put(extra[i], extra[i + 1]);
        }
        return variables;
    }

    private record Outcome(byte[] out, byte[] err, int exitCode, byte[] report) {
    }

    /** Runs the command through the server, then fresh here, and asserts the same outcome; returns it. */
    private static Outcome assertSame(Path workingDirectory, boolean terminal, Map<String, String> environment,
                                      Path report, String... args) throws IOException {
        Files.deleteIfExists(report == null ? temp.resolve("none") : report);
        LintClient.Answer answer = server.lint(workingDirectory, terminal, environment, args);
        assertNotNull(answer, "the server answers " + List.of(args));
        Outcome served = new Outcome(answer.out, answer.err, answer.exitCode, read(report));
        if (report != null) {
            Files.deleteIfExists(report);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ServerlessLintCommand.execute(args, new PrintWriter(out, true, StandardCharsets.UTF_8),
                new PrintWriter(err, true, StandardCharsets.UTF_8),
                new CliEnvironment(environment, terminal, workingDirectory));
        Outcome fresh = new Outcome(out.toByteArray(), err.toByteArray(), code, read(report));
        String command = String.join(" ", args);
        assertEquals(new String(fresh.out, StandardCharsets.UTF_8), new String(served.out, StandardCharsets.UTF_8),
                "stdout of " + command);
        assertArrayEquals(fresh.out, served.out, "stdout bytes of " + command);
        assertArrayEquals(fresh.err, served.err, "stderr of " + command + ": " + new String(served.err, StandardCharsets.UTF_8));
        assertEquals(fresh.exitCode, served.exitCode, "exit code of " + command);
        if (report != null) {
            assertNotNull(fresh.report, "a report was written by " + command);
            assertArrayEquals(fresh.report, served.report, "report of " + command);
        }
        return served;
    }

    private static byte[] read(Path file) throws IOException {
        return file != null && Files.exists(file) ? Files.readAllBytes(file) : null;
    }

    @Test
    void commandsInARowAnswerAsFreshRuns() throws Exception {
        Path projects = FixtureProjects.directory();
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Map<String, String> plain = environment();

        // Relative paths, resolved against the client's working directory (the server's is another).
        Outcome json = assertSame(projects, false, plain, null,
                "--no-cache", "--format", "json", "--as-of", "2026-11-01", "sample-order-service");
        assertEquals(1, json.exitCode);
        assertSame(projects, false, plain, null, "--no-cache", "--format", "sarif", "clean-service");
        // Two projects in a row; a broken file is SL000.
        Outcome broken = assertSame(projects, false, plain, null, "--no-cache", "sl000-broken-files");
        assertTrue(new String(broken.out, StandardCharsets.UTF_8).contains("SL000"), "SL000 reported");
        assertSame(projects, false, plain, null, "--no-cache", "--format", "json", "sl103-handler-clients");
        // A usage error.
        Outcome usage = assertSame(projects, false, plain, null, "--no-such-option");
        assertEquals(2, usage.exitCode);
        assertSame(projects, false, plain, null, "--version");
        assertSame(projects, false, plain, null, "--format", "json", "--list-rules");
        // A report file named relative to the client's directory, and paths to the project from there.
        Path report = elsewhere.resolve("reports/lint.json");
        Path relativeProject = elsewhere.relativize(projects.resolve("sl101-static-state"));
        assertSame(elsewhere, false, plain, report,
                "--no-cache", "--format", "json", "--output", "reports/lint.json", relativeProject.toString());
        // The pre-commit case: the project root and one changed file, relative.
        Path handler;
        try (var files = Files.walk(projects.resolve("sample-order-service"))) {
            handler = files.filter(f -> f.toString().endsWith(".java")).sorted().findFirst().orElseThrow();
        }
        assertSame(projects, false, plain, null, "--no-cache", "--root", "sample-order-service",
                projects.relativize(handler).toString());
        assertSame(elsewhere, false, plain, null, "--no-cache", handler.toString());
        // The terminal and the environment are the client's: colour on a terminal, NO_COLOR, GitHub's summary.
        assertSame(projects, true, plain, null, "--no-cache", "sl103-handler-clients");
        assertSame(projects, true, environment("NO_COLOR", "1"), null, "--no-cache", "sl103-handler-clients");
        Path summary = elsewhere.resolve("summary.md");
        assertSame(elsewhere, false, environment("GITHUB_STEP_SUMMARY", "summary.md"), summary,
                "--no-cache", "--format", "github", projects.resolve("sl101-static-state").toString());
        // The cache below the client's HOME, written and then read.
        List<String> cached = new ArrayList<>(List.of("--format", "json", "--cache-dir", "cache",
                projects.resolve("clean-service").toString()));
        assertSame(elsewhere, false, plain, null, cached.toArray(String[]::new));
        assertSame(elsewhere, false, plain, null, cached.toArray(String[]::new));
        // git runs in the client's environment (a repository git cannot see: the same error both ways).
        assertSame(elsewhere, false, environment("GIT_DIR", elsewhere.resolve("no-such-git-dir").toString()), null,
                "--no-cache", "--diff-base", "HEAD", projects.resolve("clean-service").toString());
        // A path that does not exist, relative to the client's directory.
        Outcome missing = assertSame(elsewhere, false, plain, null, "--no-cache", "sample-order-service");
        assertEquals(2, missing.exitCode);
        assertFalse(new String(missing.err, StandardCharsets.UTF_8).isEmpty());
    }
}
