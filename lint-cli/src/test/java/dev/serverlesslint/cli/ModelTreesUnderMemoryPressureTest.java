package dev.serverlesslint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The model's tree cache gives way under memory pressure: a project whose request-path trees need
 * several times the heap, linted in a JVM with a small maximum heap and a tree budget larger than
 * the whole project, finishes and writes the same report as a run with room to spare.
 */
class ModelTreesUnderMemoryPressureTest {

    /**
     * About 1.7 KB of tree per line: 200 handlers of 177 lines need some 60 MB of trees, more than the
     * small heap (a cache that held its trees strongly ran out of memory on this project).
     */
    private static final int HANDLERS = 200;
    private static final int STEPS_PER_HANDLER = 12;
    private static final String SMALL_HEAP = "-Xmx48m";

    @TempDir
    Path dir;

    @Test
    void aHeapSmallerThanTheTreesGivesTheSameReport() throws Exception {
        Path project = dir.resolve("project");
        writeService(project);
        Path roomy = dir.resolve("roomy.json");
        Path small = dir.resolve("small.json");
        List<String> arguments = List.of("--no-cache", "--format", "json", "--threads", "2", "--as-of", "2026-11-01");

        StringWriter err = new StringWriter();
        List<String> inProcess = new java.util.ArrayList<>(arguments);
        inProcess.addAll(List.of("--output", roomy.toString(), project.toString()));
        int roomyExit = ServerlessLintCommand.execute(inProcess.toArray(String[]::new),
                new PrintWriter(new StringWriter()), new PrintWriter(err));

        List<String> command = new java.util.ArrayList<>(List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(), SMALL_HEAP,
                // room for every tree: only the collector's clearing of the cache keeps the heap enough
                "-Dserverless-lint.model-tree-lines=1000000000",
                "-cp", System.getProperty("java.class.path"), ServerlessLintCommand.class.getName()));
        command.addAll(arguments);
        command.addAll(List.of("--output", small.toString(), project.toString()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(5, TimeUnit.MINUTES), output);

        assertEquals(roomyExit, child.exitValue(), output + err);
        byte[] expected = Files.readAllBytes(roomy);
        assertTrue(new String(expected, StandardCharsets.UTF_8).contains("\"ruleId\""), "the report has findings");
        assertArrayEquals(expected, Files.readAllBytes(small), output);
    }

    /** A service whose handlers each call a chain of private steps, so every line is on a request path. */
    private static void writeService(Path project) throws IOException {
        Path sources = project.resolve("src/main/java/com/example/big");
        Files.createDirectories(sources);
        StringBuilder functions = new StringBuilder();
        for (int i = 0; i < HANDLERS; i++) {
            String name = String.format("Fn%03dHandler", i);
            Files.writeString(sources.resolve(name + ".java"), handler(name));
            functions.append(String.format("  fn%03d:%n    handler: com.example.big.%s::handleRequest%n", i, name));
        }
        Files.writeString(project.resolve("serverless.yml"), "service: big\nprovider:\n  name: aws\n"
                + "  runtime: java21\n  timeout: 10\nfunctions:\n" + functions);
    }

    private static String handler(String name) {
        StringBuilder code = new StringBuilder("""
                package com.example.big;

                import com.amazonaws.services.lambda.runtime.Context;
                import com.amazonaws.services.lambda.runtime.RequestHandler;
                import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

                import java.util.HashMap;
                import java.util.Map;

                public class %s implements RequestHandler<Map<String, Object>, Map<String, Object>> {

                    private static int invocations;

                    @Override
                    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
                        invocations++;
                        DynamoDbClient client = DynamoDbClient.create();
                        Map<String, Object> result = new HashMap<>(event);
                        return step0(result, client);
                    }
                """.formatted(name));
        for (int step = 0; step < STEPS_PER_HANDLER; step++) {
            String next = step + 1 < STEPS_PER_HANDLER ? "step" + (step + 1) + "(result, client)" : "result";
            code.append("""

                        private Map<String, Object> step%1$d(Map<String, Object> result, DynamoDbClient client) {
                            Object value = result.getOrDefault("key%1$d", "none");
                            if (value instanceof String text && !text.isEmpty()) {
                                result.put("key%1$d", text.trim() + "-%1$d");
                            } else {
                                result.put("missing%1$d", Boolean.TRUE);
                            }
                            for (int i = 0; i < %1$d; i++) {
                                result.merge("count", 1, (a, b) -> (Integer) a + (Integer) b);
                            }
                            return %2$s;
                        }
                    """.formatted(step, next));
        }
        return code.append("}\n").toString();
    }
}
