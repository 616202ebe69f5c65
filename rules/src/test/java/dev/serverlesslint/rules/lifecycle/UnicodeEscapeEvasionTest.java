package dev.serverlesslint.rules.lifecycle;

import dev.serverlesslint.core.engine.LintEngine;
import dev.serverlesslint.core.engine.LintRequest;
import dev.serverlesslint.core.engine.RuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * javac decodes {@code \}{@code u} escapes before it reads anything else, so an escaped line break
 * ends a comment and an escaped letter is part of a name. Code hidden that way runs, so it is linted,
 * and the findings point at the text as written.
 */
class UnicodeEscapeEvasionTest {

    @TempDir
    Path root;

    @Test
    void callsHiddenByUnicodeEscapesAreFoundWhereTheyAreWritten() throws IOException {
        Files.writeString(root.resolve("serverless.yml"), """
                service: jobs
                provider:
                  name: aws
                  runtime: java21
                functions:
                  run:
                    handler: com.example.Handler
                """);
        Path handler = root.resolve("src/main/java/com/example/Handler.java");
        Files.createDirectories(handler.getParent());
        String escape = "\\u";
        Files.writeString(handler, String.join("\n",
                "package com.example;",
                "",
                "import com.amazonaws.services.lambda.runtime.Context;",
                "import com.amazonaws.services.lambda.runtime.RequestHandler;",
                "",
                "public class Handler implements RequestHandler<String, String> {",
                "    @Override",
                "    public String handleRequest(String input, Context context) {",
                "        // " + escape + "000a System.exit(1);",
                "        " + escape + "0053ystem.exit(2);",
                "        return input;",
                "    }",
                "}",
                ""));

        List<String> findings = new LintEngine(RuleSet.discover(getClass().getClassLoader()))
                .run(LintRequest.of(root).withRules(java.util.Set.of("SL110"), java.util.Set.of(),
                        java.util.Map.of(), java.util.Map.of()))
                .findings().stream().map(f -> f.path() + ":" + f.line() + ":" + f.column() + " " + f.ruleId())
                .toList();

        assertEquals(List.of("src/main/java/com/example/Handler.java:9:19 SL110",
                "src/main/java/com/example/Handler.java:10:9 SL110"), findings);
    }
}
