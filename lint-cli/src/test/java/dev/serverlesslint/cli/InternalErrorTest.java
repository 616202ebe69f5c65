package dev.serverlesslint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A rule that throws on one file (the test-only SL990 throws on files named "Explodes"): the run
 * goes on, every other finding is reported, the error names rule and file, and the exit code is 2.
 * Stack traces appear only with --debug.
 */
class InternalErrorTest {

    @TempDir
    Path project;

    private void writeProject() throws IOException {
        Path sources = Files.createDirectories(project.resolve("src/main/java/com/example"));
        Files.writeString(sources.resolve("Explodes.java"), "package com.example;\nclass Explodes {}\n");
        Files.writeString(sources.resolve("Handler.java"), """
                package com.example;

                import com.amazonaws.services.lambda.runtime.Context;
                import com.amazonaws.services.lambda.runtime.RequestHandler;

                public class Handler implements RequestHandler<String, String> {
                    @Override
                    public String handleRequest(String input, Context context) {
                        System.exit(1);
                        return input;
                    }
                }
                """);
    }

    @Test
    void aFailingRuleIsReportedAndEverythingElseStillRunsWithExitTwo() throws IOException {
        writeProject();
        CliRun run = CliRun.json(project.toString());
        assertEquals(2, run.exitCode());
        assertEquals(List.of("src/main/java/com/example/Handler.java:9 SL110"), run.findings());
        assertTrue(run.stderr().contains("internal error in rule SL990 on src/main/java/com/example/Explodes.java: "
                + "java.lang.IllegalStateException: boom (run with --debug for the stack trace)"), run.stderr());
        assertFalse(run.stderr().contains("\tat "), "no stack trace without --debug: " + run.stderr());
    }

    @Test
    void debugPrintsTheStackTrace() throws IOException {
        writeProject();
        CliRun run = CliRun.json("--debug", project.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.stderr().contains("\tat dev.serverlesslint.cli.ExplodingRule.check"), run.stderr());
    }
}
