package dev.serverlesslint.cli.daemon;

import dev.serverlesslint.cli.CliEnvironment;
import dev.serverlesslint.cli.ServerlessLintCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The lint server's warm-up project: what it is copied as, what linting it exercises, and its clean-up. */
class LintServerWarmUpTest {

    @TempDir
    Path directory;

    @Test
    void theProjectIsCopiedWholeAndRemovedAfterwards() throws Exception {
        LintServerWarmUp warmUp = LintServerWarmUp.extract(directory);
        Path project = warmUp.project();
        assertEquals(directory.resolve("warm-up-" + ProcessHandle.current().pid()), project);
        List<String> files;
        try (Stream<Path> walk = Files.walk(project)) {
            files = walk.filter(Files::isRegularFile).map(file -> project.relativize(file).toString()).sorted().toList();
        }
        assertEquals(List.of("serverless.yml",
                "src/main/java/com/example/warmup/CreateOrderHandler.java",
                "src/main/java/com/example/warmup/Money.java",
                "src/main/java/com/example/warmup/OrderStore.java",
                "src/main/java/com/example/warmup/ReportHandler.java",
                "template.yaml"), files);
        warmUp.remove();
        assertFalse(Files.exists(project));
    }

    /** The rounds lint the ways a server is used, and find what the rules find in real handlers. */
    @Test
    void theRoundsRunThePreCommitShapesAndAWholeProjectRun() throws Exception {
        LintServerWarmUp warmUp = LintServerWarmUp.extract(directory);
        String root = warmUp.project().toString();
        assertEquals(List.of("--no-cache", "--root", root,
                root + "/src/main/java/com/example/warmup/CreateOrderHandler.java"), warmUp.command(0));
        assertEquals(List.of("--no-cache", "--root", root, root + "/serverless.yml", root + "/template.yaml"),
                warmUp.command(1));
        assertEquals(List.of("--no-cache", root), warmUp.command(2));
        assertEquals(warmUp.command(0), warmUp.command(3));
        for (int round = 0; round < 3; round++) {
            assertEquals(1, warmUp.run(round), "findings in round " + round);
        }
        StringWriter out = new StringWriter();
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        ServerlessLintCommand.execute(warmUp.command(2).toArray(String[]::new), new PrintWriter(out, true), nowhere,
                new CliEnvironment(Map.of(), false, warmUp.project()));
        List<String> summary = out.toString().lines().filter(line -> line.startsWith("  SL")).toList();
        assertEquals(List.of(
                "  SL101 mutable-static-state: 1",
                "  SL102 mutable-handler-field: 1",
                "  SL103 handler-scoped-client: 1",
                "  SL105 tmp-not-cleaned: 1",
                "  SL107 missing-client-timeout: 1",
                "  SL201 missing-timeout: 1",
                "  SL204 queue-visibility-timeout: 1",
                "  SL205 missing-reserved-concurrency: 2",
                "  SL210 java-cold-start-mitigation: 1",
                "  SL211 missing-async-failure-destination: 2",
                "  SL212 missing-tracing: 3",
                "  SL213 missing-log-retention: 3"), summary);
        warmUp.remove();
    }

    @Test
    void whatWarmUpsOfServersNoLongerRunningLeftIsRemoved() throws Exception {
        Path abandoned = Files.createDirectories(directory.resolve("warm-up-" + Integer.MAX_VALUE).resolve("src"));
        Files.writeString(abandoned.resolve("A.java"), "class A {}");
        long running = ProcessHandle.current().parent().orElseThrow().pid();
        Path live = Files.createDirectories(directory.resolve("warm-up-" + running));
        Path other = Files.createDirectories(directory.resolve("warm-up-notes"));
        LintServerWarmUp warmUp = LintServerWarmUp.extract(directory);
        assertFalse(Files.exists(abandoned.getParent()), "a dead server's copy is removed");
        assertTrue(Files.isDirectory(live), "a running server's copy is left alone");
        assertTrue(Files.isDirectory(other), "a directory no warm-up made is left alone");
        warmUp.remove();
    }
}
