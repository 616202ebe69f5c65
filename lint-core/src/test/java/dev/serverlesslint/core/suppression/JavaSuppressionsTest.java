package dev.serverlesslint.core.suppression;

import dev.serverlesslint.core.engine.LintResult;
import dev.serverlesslint.core.testing.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JavaSuppressionsTest {

    private static final String FILE = "src/main/java/com/example/Handler.java";

    @TempDir
    Path dir;

    private List<String> lint(String... lines) {
        return TestProject.summary(new TestProject(dir).file(FILE, lines).lint());
    }

    @Test
    void annotationOnClassCoversEveryMember() {
        assertEquals(List.of(), lint(
                "package com.example;",
                "@SuppressWarnings(\"serverless-lint:SL900\")",
                "class Handler {",
                "    String a = \"VIOLATION\";",
                "    void run() { String b = \"VIOLATION\"; }",
                "}"));
    }

    @Test
    void annotationOnMethodCoversOnlyThatMethod() {
        assertEquals(List.of(FILE + ":7 SL900"), lint(
                "package com.example;",
                "class Handler {",
                "    @SuppressWarnings(\"serverless-lint:SL900\")",
                "    void run() {",
                "        String b = \"VIOLATION\";",
                "    }",
                "    void other() { String c = \"VIOLATION\"; }",
                "}"));
    }

    @Test
    void annotationOnFieldAndInArraysAndNamedValue() {
        assertEquals(List.of(), lint(
                "package com.example;",
                "class Handler {",
                "    @SuppressWarnings({\"unchecked\", \"serverless-lint:SL900\"})",
                "    String a = \"VIOLATION\";",
                "    @SuppressWarnings(value = {\"serverless-lint:SL900\"})",
                "    String b = \"VIOLATION\";",
                "    @java.lang.SuppressWarnings(value = \"serverless-lint:SL900\")",
                "    String c = \"VIOLATION\";",
                "}"));
    }

    @Test
    void otherSuppressWarningsValuesAreIgnored() {
        assertEquals(List.of(FILE + ":4 SL900"), lint(
                "package com.example;",
                "class Handler {",
                "    @SuppressWarnings(\"unchecked\")",
                "    String a = \"VIOLATION\";",
                "}"));
    }

    @Test
    void disableNextLineCoversTheNextCodeLineOnly() {
        assertEquals(List.of(FILE + ":8 SL900"), lint(
                "package com.example;",
                "class Handler {",
                "    void run() {",
                "        // serverless-lint:disable-next-line SL900 -- reason",
                "        // an unrelated comment",
                "",
                "        String a = \"VIOLATION\";",
                "        String b = \"VIOLATION\";",
                "    }",
                "}"));
    }

    @Test
    void disableLineCoversItsOwnLineAndTakesSeveralIds() {
        // SL901 ran (on configuration files) and matched nothing here: SL002 for that ID only.
        assertEquals(List.of(FILE + ":4 SL002", FILE + ":5 SL900"), lint(
                "package com.example;",
                "class Handler {",
                "    void run() {",
                "        String a = \"VIOLATION\"; // serverless-lint:disable-line SL900, SL901 -- reason",
                "        String b = \"VIOLATION\";",
                "    }",
                "}"));
    }

    @Test
    void blockCommentsWorkToo() {
        assertEquals(List.of(), lint(
                "package com.example;",
                "class Handler {",
                "    String a = \"VIOLATION\"; /* serverless-lint:disable-line SL900 */",
                "}"));
    }

    @Test
    void unknownIdMissingIdAndUnknownVerbAreInvalidConfiguration() {
        LintResult result = new TestProject(dir).file(FILE,
                "package com.example;",
                "class Handler {",
                "    String a = \"VIOLATION\"; // serverless-lint:disable-line SL999",
                "    // serverless-lint:disable-next-line",
                "    String b = \"VIOLATION\";",
                "    // serverless-lint:disable SL900",
                "    String c = \"VIOLATION\";",
                "    @SuppressWarnings(\"serverless-lint:\")",
                "    String d = \"VIOLATION\";",
                "}").lint();
        assertEquals(List.of(FILE + ":3 SL900", FILE + ":3 SL001", FILE + ":4 SL001", FILE + ":5 SL900",
                FILE + ":6 SL001", FILE + ":7 SL900", FILE + ":8 SL001", FILE + ":9 SL900"),
                TestProject.summary(result));
        assertTrue(result.findings().get(1).message().contains("Unknown rule ID 'SL999'"));
        assertTrue(result.findings().get(2).message().contains("names no rule"));
        assertTrue(result.findings().get(4).message().contains("disable-next-line"));
    }

    @Test
    void unusedSuppressionsAreReportedPerRuleId() {
        LintResult result = new TestProject(dir).file(FILE,
                "package com.example;",
                "class Handler {",
                "    String a = \"VIOLATION\"; // serverless-lint:disable-line SL900, SL901",
                "    // serverless-lint:disable-next-line SL900 -- nothing here any more",
                "    String b = \"fine\";",
                "    @SuppressWarnings(\"serverless-lint:SL900\")",
                "    void run() { }",
                "}").lint();
        assertEquals(List.of(FILE + ":3 SL002", FILE + ":4 SL002", FILE + ":6 SL002"), TestProject.summary(result));
        assertTrue(result.findings().get(0).message().contains("SL901"));
    }

    @Test
    void noUnusedReportForRulesThatDidNotRun() {
        LintResult result = new TestProject(dir).file(FILE,
                "package com.example;",
                "class Handler {",
                "    // serverless-lint:disable-next-line SL900",
                "    String b = \"fine\";",
                "}").lint(request -> request.withRules(Set.of(), Set.of("SL900"), Map.of(), Map.of()));
        assertEquals(List.of(), TestProject.summary(result));
    }

    @Test
    void unrelatedCommentsMentioningTheToolAreNotDirectives() {
        assertEquals(List.of(), lint(
                "package com.example;",
                "class Handler {",
                "    // run mvn serverless-lint:check before pushing",
                "    String s = \"serverless-lint:disable-line SL900\";",
                "}"));
    }
}
