package dev.serverlesslint.core.suppression;

import dev.serverlesslint.core.engine.LintResult;
import dev.serverlesslint.core.testing.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfigSuppressionsTest {

    @TempDir
    Path dir;

    private List<String> lint(String file, String... lines) {
        return TestProject.summary(new TestProject(dir).file(file, lines).lint());
    }

    @Test
    void yamlCommentOnTheLineAboveAndAtTheEndOfTheLine() {
        assertEquals(List.of("serverless.yml:1 SL901", "serverless.yml:5 SL901", "serverless.yml:11 SL900"),
                lint("serverless.yml",
                "service: orders",
                "provider:",
                "  name: aws",
                "functions:",
                "  create:",
                "    handler: com.example.Create",
                "    # serverless-lint:ignore SL900 -- reason",
                "    description: VIOLATION",
                "    memorySize: 512",
                "    environment: { A: VIOLATION } # serverless-lint:ignore SL900 -- reason",
                "    tags: { B: VIOLATION }"));
    }

    @Test
    void commentOnAFunctionKeyCoversTheWholeFunctionAndWhatIsAttributedToIt() {
        // SL901 reports each function at its key and at line 1 (attributed to the function).
        assertEquals(List.of("serverless.yml:1 SL901", "serverless.yml:9 SL901", "serverless.yml:10 SL900"),
                lint("serverless.yml",
                        "service: orders",
                        "provider:",
                        "  name: aws",
                        "functions:",
                        "  # serverless-lint:ignore SL900, SL901 -- reason",
                        "  create:",
                        "    handler: com.example.Create",
                        "    description: VIOLATION",
                        "  update:",
                        "    description: VIOLATION"));
    }

    @Test
    void trailingCommentOnAFunctionKeyCoversTheWholeFunction() {
        assertEquals(List.of("serverless.yml:1 SL901", "serverless.yml:9 SL901"), lint("serverless.yml",
                "service: orders",
                "provider:",
                "  name: aws",
                "functions:",
                "  create: # serverless-lint:ignore SL900, SL901",
                "    handler: com.example.Create",
                "",
                "    description: VIOLATION",
                "  update:",
                "    handler: com.example.Update"));
    }

    @Test
    void cloudFormationMetadataCoversTheResource() {
        LintResult result = new TestProject(dir).file("template.yaml",
                "AWSTemplateFormatVersion: '2010-09-09'",
                "Transform: AWS::Serverless-2016-10-31",
                "Resources:",
                "  CreateFunction:",
                "    Type: AWS::Serverless::Function",
                "    Metadata:",
                "      serverless-lint:",
                "        ignore: [SL900, SL901]",
                "        reason: fine here",
                "    Properties:",
                "      Description: VIOLATION",
                "  Queue:",
                "    Type: AWS::SQS::Queue",
                "    Metadata: { serverless-lint: { ignore: SL900 } }",
                "    Properties:",
                "      QueueName: VIOLATION",
                "  Other:",
                "    Type: AWS::SQS::Queue",
                "    Metadata: { serverless-lint: { ignore: [SL999], why: x } }",
                "    Properties: { QueueName: VIOLATION }").lint();
        assertEquals(List.of("template.yaml:19 SL001", "template.yaml:19 SL001", "template.yaml:20 SL900"),
                TestProject.summary(result));
        assertTrue(result.findings().get(0).message().contains("SL999")
                || result.findings().get(1).message().contains("SL999"));
    }

    @Test
    void cloudFormationMetadataInJson() {
        assertEquals(List.of(), lint("template.json",
                "{",
                "  \"AWSTemplateFormatVersion\": \"2010-09-09\",",
                "  \"Resources\": {",
                "    \"Fn\": {",
                "      \"Type\": \"AWS::Lambda::Function\",",
                "      \"Metadata\": { \"serverless-lint\": { \"ignore\": [\"SL900\", \"SL901\"] } },",
                "      \"Properties\": { \"Description\": \"VIOLATION\" }",
                "    }",
                "  }",
                "}"));
    }

    @Test
    void unusedAndInvalidYamlSuppressions() {
        LintResult result = new TestProject(dir).file("serverless.yml",
                "service: orders",
                "provider:",
                "  name: aws",
                "  # serverless-lint:ignore SL900 -- nothing to ignore",
                "  runtime: java21",
                "  memorySize: 512 # serverless-lint:ignore",
                "  timeout: 6 # serverless-lint:disable-line SL900",
                "  stage: dev # serverless-lint:ignore SL9000",
                "  region: 'eu-west-1 # serverless-lint:ignore SL900'").lint();
        assertEquals(List.of("serverless.yml:4 SL002", "serverless.yml:6 SL001", "serverless.yml:7 SL001",
                "serverless.yml:8 SL001"), TestProject.summary(result));
    }

    @Test
    void commentStartRespectsQuotes() {
        assertEquals(-1, ConfigSuppressionReader.commentStart("a: 'x # y'"));
        assertEquals(-1, ConfigSuppressionReader.commentStart("a: b#c"));
        assertEquals(9, ConfigSuppressionReader.commentStart("a: \"x\" y # z"));
        assertEquals(0, ConfigSuppressionReader.commentStart("# z"));
    }
}
