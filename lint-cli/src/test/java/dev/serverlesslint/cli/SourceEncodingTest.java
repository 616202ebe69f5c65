package dev.serverlesslint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --encoding}: Java sources written in ISO-8859-1 (a non-ASCII method name, as javac reads it with
 * {@code -encoding ISO-8859-1}) are linted as the compiler sees them; read as UTF-8 they do not parse.
 */
class SourceEncodingTest {

    private static final String HANDLER = "src/main/java/com/example/GetOrderHandler.java";

    @TempDir
    Path dir;

    private void writeProject() throws IOException {
        Files.createDirectories(dir.resolve(HANDLER).getParent());
        Files.writeString(dir.resolve("serverless.yml"), """
                service: orders
                provider: {name: aws, runtime: java21}
                functions:
                  getOrder:
                    handler: com.example.GetOrderHandler
                    timeout: 10
                """);
        Files.write(dir.resolve(HANDLER), """
                package com.example;

                import com.amazonaws.services.lambda.runtime.Context;
                import com.amazonaws.services.lambda.runtime.RequestHandler;
                import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

                public class GetOrderHandler implements RequestHandler<String, String> {
                    @Override
                    public String handleRequest(String id, Context context) {
                        return clientFür(id).toString();
                    }

                    private DynamoDbClient clientFür(String id) {
                        return DynamoDbClient.builder().build();
                    }
                }
                """.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void javaSourcesAreReadInTheGivenEncoding() throws IOException {
        writeProject();
        CliRun latin1 = CliRun.json("--rule", "SL000,SL103", "--encoding", "ISO-8859-1", dir.toString());
        assertEquals(List.of(HANDLER + ":14 SL103"), latin1.findings(), latin1.stderr());
        assertEquals("GetOrderHandler.handleRequest -> GetOrderHandler.clientFür -> DynamoDbClient.builder().build()"
                + " creates a client on every invocation. Create it once during init (a static final field or the"
                + " handler's constructor) and reuse it.", messages(latin1).get(0));

        CliRun utf8 = CliRun.json("--rule", "SL000,SL103", dir.toString());
        assertEquals(List.of(HANDLER + ":10 SL000"), utf8.findings(), utf8.stderr());
    }

    @Test
    void anUnknownEncodingIsAUsageError() {
        CliRun run = CliRun.json("--encoding", "latin-42", dir.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.stderr().contains("Invalid value for option '--encoding': unknown encoding 'latin-42'"
                + " (e.g. UTF-8, ISO-8859-1, windows-1252)"), run.stderr());
    }

    private static List<String> messages(CliRun run) throws IOException {
        JsonNode findings = new ObjectMapper().readTree(run.stdout()).get("findings");
        return java.util.stream.StreamSupport.stream(findings.spliterator(), false)
                .map(f -> f.get("message").asText()).toList();
    }
}
