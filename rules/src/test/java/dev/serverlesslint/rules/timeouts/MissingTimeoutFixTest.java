package dev.serverlesslint.rules.timeouts;

import dev.serverlesslint.core.engine.LintResult;
import dev.serverlesslint.core.finding.Finding;
import dev.serverlesslint.core.finding.TextEdit;
import dev.serverlesslint.fixtures.FixtureHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** SL201's suggested fix inserts the timeout where it belongs: applying it removes the finding. */
class MissingTimeoutFixTest {

    @TempDir
    Path project;

    private static List<Finding> sl201(LintResult result) {
        return result.findings().stream().filter(f -> f.ruleId().equals("SL201")).toList();
    }

    /** Applies single-point insertions (what SL201 suggests) to a text, bottom-up so positions stay valid. */
    private static String apply(String text, List<TextEdit> edits) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort((a, b) -> Integer.compare(b.start().line(), a.start().line()));
        for (TextEdit edit : sorted) {
            int index = edit.start().line() - 1;
            String line = lines.get(index);
            int column = edit.start().column() - 1;
            lines.set(index, line.substring(0, column) + edit.replacement() + line.substring(column));
        }
        return String.join("\n", lines);
    }

    private String fixAll(String file, String content) throws IOException {
        Files.writeString(project.resolve(file), content);
        LintResult before = FixtureHarness.lint(project);
        List<TextEdit> edits = new ArrayList<>();
        sl201(before).forEach(f -> edits.addAll(f.fix().edits()));
        String fixed = apply(content, edits);
        Files.writeString(project.resolve(file), fixed);
        assertEquals(List.of(), sl201(FixtureHarness.lint(project)), fixed);
        return fixed;
    }

    @Test
    void serverlessFunctionsGetTheFrameworkDefaultWrittenOut() throws IOException {
        String fixed = fixAll("serverless.yml", """
                service: orders
                provider:
                  name: aws
                  runtime: java21
                functions:
                  createOrder:
                    handler: com.example.CreateOrderHandler
                    events:
                      - httpApi: POST /orders
                """);
        assertEquals("""
                service: orders
                provider:
                  name: aws
                  runtime: java21
                functions:
                  createOrder:
                    timeout: 6
                    handler: com.example.CreateOrderHandler
                    events:
                      - httpApi: POST /orders
                """, fixed);
    }

    @Test
    void samAndCloudFormationFunctionsGetLambdasDefaultInTheirProperties() throws IOException {
        String fixed = fixAll("template.yaml", """
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  ShipFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                        Handler: com.example.ShipHandler::handleRequest
                        Runtime: java21
                  AuditFunction:
                    Type: AWS::Lambda::Function
                    Properties:
                      Handler: com.example.AuditHandler::handleRequest
                """);
        assertEquals("""
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  ShipFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                        Timeout: 3
                        Handler: com.example.ShipHandler::handleRequest
                        Runtime: java21
                  AuditFunction:
                    Type: AWS::Lambda::Function
                    Properties:
                      Timeout: 3
                      Handler: com.example.AuditHandler::handleRequest
                """, fixed);
    }

    @Test
    void noFixWhereAnInsertedLineCouldBreakTheFile() throws IOException {
        Files.writeString(project.resolve("serverless.yml"),
                "service: a\nprovider: {name: aws, runtime: java21}\nfunctions:\n  f: {handler: com.example.F}\n");
        Files.writeString(project.resolve("template.json"), """
                {"AWSTemplateFormatVersion": "2010-09-09", "Resources": {"Fn": {"Type": "AWS::Lambda::Function",
                  "Properties": {"Handler": "com.example.F::handleRequest"}}}}
                """);
        List<Finding> findings = sl201(FixtureHarness.lint(project));
        assertEquals(2, findings.size());
        findings.forEach(f -> assertNull(f.fix(), f.toString()));
    }
}
