package dev.serverlesslint.rules;

import dev.serverlesslint.core.engine.LintEngine;
import dev.serverlesslint.core.engine.LintRequest;
import dev.serverlesslint.core.engine.LintResult;
import dev.serverlesslint.core.engine.RuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inputs shaped to make a quadratic analysis take minutes: before the analyses were made linear,
 * these took from 40 s to over 4 minutes of CPU. The bound is on the CPU time the run uses (the
 * machine may be shared, so wall time says little) and generous, so only a quadratic pass misses it;
 * the wall-clock limit only stops a run that would take far longer.
 */
class HostileInputSizeTest {

    private static final Duration CPU_BOUND = Duration.ofSeconds(30);
    private static final Duration WALL_LIMIT = Duration.ofMinutes(10);
    private static final RuleSet RULES = RuleSet.discover(HostileInputSizeTest.class.getClassLoader());
    private static final String SERVERLESS = """
            service: orders
            provider:
              name: aws
              runtime: java21
            functions:
              create:
                handler: com.example.Handler
            """;

    @TempDir
    Path root;

    private LintResult lint() {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long before = os.getProcessCpuTime();
        LintResult result = assertTimeoutPreemptively(WALL_LIMIT,
                () -> new LintEngine(RULES).run(LintRequest.of(root).withThreads(2)));
        Duration used = Duration.ofNanos(os.getProcessCpuTime() - before);
        assertTrue(used.compareTo(CPU_BOUND) < 0, "the run used " + used.toMillis() + " ms of CPU");
        return result;
    }

    private void write(String relative, String content) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private static String handler(String body, String members) {
        return "package com.example;\n\n"
                + "import com.amazonaws.services.lambda.runtime.Context;\n"
                + "import com.amazonaws.services.lambda.runtime.RequestHandler;\n\n"
                + "public class Handler implements RequestHandler<String, String> {\n"
                + "    @Override\n"
                + "    public String handleRequest(String input, Context context) {\n"
                + body + "\n"
                + "    }\n"
                + members
                + "}\n";
    }

    @Test
    void aHandlerWithA20000CallChain() throws IOException {
        write("serverless.yml", SERVERLESS);
        write("src/main/java/com/example/Handler.java", handler(
                "        StringBuilder b = new StringBuilder();\n        return b" + ".append(1)".repeat(20_000)
                        + ".toString();", ""));
        assertTrue(lint().internalErrors().isEmpty());
    }

    @Test
    void aClassOf20000MethodsCallingEachOtherFromTheHandler() throws IOException {
        write("serverless.yml", SERVERLESS);
        StringBuilder methods = new StringBuilder();
        int count = 20_000;
        for (int i = 0; i < count; i++) {
            methods.append("    int m").append(i).append("(int x) { return ")
                    .append(i + 1 < count ? "m" + (i + 1) + "(x) + 1" : "x").append("; }\n");
        }
        write("src/main/java/com/example/Handler.java", handler("        return input + m0(1);", methods.toString()));
        assertTrue(lint().internalErrors().isEmpty());
    }

    @Test
    void aSubValueOfNestedUnclosedPlaceholders() throws IOException {
        String nested = "${a".repeat(80_000); // 240 KB, no closing brace
        write("template.yaml", "AWSTemplateFormatVersion: '2010-09-09'\n"
                + "Transform: AWS::Serverless-2016-10-31\n"
                + "Resources:\n"
                + "  Method:\n"
                + "    Type: AWS::ApiGateway::Method\n"
                + "    Properties:\n"
                + "      HttpMethod: GET\n"
                + "      Integration:\n"
                + "        Type: AWS_PROXY\n"
                + "        Uri: !Sub \"" + nested + "\"\n");
        assertTrue(lint().internalErrors().isEmpty());
    }
}
