package dev.serverlesslint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** --cache-dir stores results and serves identical output; --no-cache neither reads nor writes. */
class CacheOptionsTest {

    @TempDir
    Path project;
    @TempDir
    Path cache;

    private void writeProject() throws IOException {
        Path sources = Files.createDirectories(project.resolve("src/main/java/com/example"));
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

    /** Entries: a project's result and its per-file layer ({@code NAME.json}, {@code NAME.files}) are one. */
    private long entries() throws IOException {
        if (!Files.isDirectory(cache)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(cache)) {
            return files.map(file -> file.getFileName().toString().split("\\.")[0]).distinct().count();
        }
    }

    @Test
    void cachedRunsGiveTheSameOutputAndChangesAreSeen() throws IOException {
        writeProject();
        CliRun cold = CliRun.json("--cache-dir", cache.toString(), project.toString());
        assertEquals(1, entries());
        CliRun warm = CliRun.json("--cache-dir", cache.toString(), project.toString());
        assertEquals(cold.stdout(), warm.stdout());
        assertEquals(cold.exitCode(), warm.exitCode());

        Files.writeString(project.resolve("src/main/java/com/example/Handler.java"), "package com.example;\nclass Handler {}\n");
        CliRun changed = CliRun.json("--cache-dir", cache.toString(), project.toString());
        assertTrue(changed.findings().isEmpty(), changed.stdout());
        assertEquals(1, entries());
    }

    @Test
    void noCacheWritesNothing() throws IOException {
        writeProject();
        CliRun run = CliRun.json("--no-cache", "--cache-dir", cache.toString(), project.toString());
        assertEquals(1, run.exitCode());
        assertEquals(0, entries());
    }

    /** The XDG Base Directory spec: a relative XDG_CACHE_HOME is invalid and ignored (here it would be the project). */
    @Test
    void aRelativeXdgCacheHomeIsIgnored() {
        Path home = project.resolve("home");
        CliEnvironment relative = new CliEnvironment(
                java.util.Map.of("XDG_CACHE_HOME", "build-cache", "HOME", home.toString()), false, project);
        assertEquals(java.util.Optional.of(home.resolve(".cache/serverless-lint")),
                ResultCaches.defaultDirectory(relative));
        CliEnvironment absolute = new CliEnvironment(
                java.util.Map.of("XDG_CACHE_HOME", cache.toString(), "HOME", home.toString()), false, project);
        assertEquals(java.util.Optional.of(cache.resolve("serverless-lint")), ResultCaches.defaultDirectory(absolute));
    }
}
