package dev.serverlesslint.maven;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.serverlesslint.cli.CliEnvironment;
import dev.serverlesslint.cli.ServerlessLintCommand;
import org.apache.maven.model.Model;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.DependencyResolutionException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The command line run in a module's directory and the goal run on that module drive one lint session:
 * the same findings, fingerprints, snippets and report bytes, apart from the SARIF invocation block
 * that describes how the tool was started.
 */
class EntryPointEquivalenceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path module;
    @TempDir
    Path cliReports;

    @Test
    void theCommandLineAndTheGoalWriteTheSameReports() throws Exception {
        writeModule();

        CheckMojo mojo = mojo();
        assertThrows(MojoFailureException.class, mojo::execute);
        Path pluginSarif = module.resolve("target/serverless-lint/report.sarif");
        Path pluginJson = module.resolve("target/serverless-lint/report.json");

        Path cliSarif = cliReports.resolve("report.sarif");
        Path cliJson = cliReports.resolve("report.json");
        assertEquals(1, cli("--format", "sarif", "--output", cliSarif.toString()));
        assertEquals(1, cli("--format", "json", "--output", cliJson.toString()));

        assertEquals(Files.readString(cliJson), Files.readString(pluginJson));
        assertEquals(withoutInvocations(cliSarif), withoutInvocations(pluginSarif));

        JsonNode results = JSON.readTree(pluginSarif.toFile()).path("runs").path(0).path("results");
        assertEquals(3, results.size(), results.toString());
        for (JsonNode result : results) {
            assertTrue(result.path("locations").path(0).path("physicalLocation").path("region").has("snippet"),
                    "the goal's SARIF shows code like the command line's: " + result);
            assertFalse(result.path("partialFingerprints").isEmpty(), result.toString());
        }
        assertFalse(Files.readString(pluginJson).contains("src/test/"), "test sources are off in both by default");
    }

    /** The SARIF text with {@code runs[].invocations} removed, re-serialised the same way for both. */
    private static String withoutInvocations(Path sarif) throws IOException {
        JsonNode root = JSON.readTree(sarif.toFile());
        for (JsonNode run : root.path("runs")) {
            ((ObjectNode) run).remove("invocations");
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    private int cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 1];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--no-cache";
        int code = ServerlessLintCommand.execute(all, new PrintWriter(out), new PrintWriter(err),
                new CliEnvironment(Map.of(), false, module));
        assertEquals("", out.toString());
        return code;
    }

    private CheckMojo mojo() {
        Model model = new Model();
        model.setGroupId("com.example");
        model.setArtifactId("orders");
        model.setVersion("1.0");
        MavenProject project = new MavenProject(model);
        project.setFile(module.resolve("pom.xml").toFile());
        project.getBuild().setDirectory(module.resolve("target").toString());
        MavenProjects.conventionalLayout(project);
        CheckMojo mojo = new CheckMojo();
        mojo.setLog(new RecordingLog());
        mojo.project = project;
        mojo.failOnViolation = true;
        mojo.severityThreshold = "warning";
        mojo.formats = List.of("sarif,json");
        mojo.cache = false;
        // As the command line: no resolved dependencies, SL208 reads pom.xml.
        mojo.dependenciesResolver = request -> {
            throw new DependencyResolutionException(ResolvedGraph.of(), "offline", null);
        };
        return mojo;
    }

    private void write(String path, String text) throws IOException {
        Path file = module.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private void writeModule() throws IOException {
        write("pom.xml", """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>com.example</groupId>
                  <artifactId>orders</artifactId>
                  <version>1.0</version>
                </project>
                """);
        write("serverless.yml", """
                service: orders
                provider: {name: aws, runtime: java21, tracing: {lambda: true}, logRetentionInDays: 14}
                functions:
                  getOrder:
                    handler: com.example.GetOrderHandler
                    reservedConcurrency: 5
                  listOrders:
                    handler: com.example.ListOrdersHandler
                    reservedConcurrency: 5
                    timeout: 10
                """);
        write("src/main/java/com/example/GetOrderHandler.java", """
                package com.example;

                import com.amazonaws.services.lambda.runtime.Context;
                import com.amazonaws.services.lambda.runtime.RequestHandler;
                import com.fasterxml.jackson.databind.ObjectMapper;

                public class GetOrderHandler implements RequestHandler<String, String> {
                    private static int served;

                    @Override
                    public String handleRequest(String id, Context context) {
                        served++;
                        ObjectMapper mapper = new ObjectMapper();
                        return mapper.toString();
                    }
                }
                """);
        write("src/main/java/com/example/ListOrdersHandler.java", """
                package com.example;

                import com.amazonaws.services.lambda.runtime.Context;
                import com.amazonaws.services.lambda.runtime.RequestHandler;

                public class ListOrdersHandler implements RequestHandler<String, String> {
                    @Override
                    public String handleRequest(String id, Context context) {
                        return id;
                    }
                }
                """);
        write("src/test/java/com/example/GetOrderHandlerTest.java", """
                package com.example;

                import com.amazonaws.services.lambda.runtime.Context;
                import com.amazonaws.services.lambda.runtime.RequestHandler;
                import com.fasterxml.jackson.databind.ObjectMapper;

                class FakeHandler implements RequestHandler<String, String> {
                    @Override
                    public String handleRequest(String id, Context context) {
                        return new ObjectMapper().toString();
                    }
                }
                """);
    }
}
