package dev.serverlesslint.core.engine;

import dev.serverlesslint.core.finding.Finding;
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
 * Broken, hostile and unusual input: every bad file gives SL000 (or nothing, when it is not ours),
 * never a crash, and every other file is still linted with correct positions.
 */
class MalformedInputTest {

    @TempDir
    Path root;

    private static final String GOOD_JAVA = "package a;\n\npublic class Good {}\n";

    private void write(String relative, String content) throws IOException {
        write(relative, content.getBytes(StandardCharsets.UTF_8));
    }

    private void write(String relative, byte[] content) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
    }

    private LintResult lint() {
        RuleSet rules = new RuleSet(List.of(new TestRules.TypeMarker(), new TestRules.FunctionMarker(),
                new TestRules.ExplodingRule()));
        return new LintEngine(rules).run(LintRequest.of(root).withThreads(2));
    }

    /** {@code path:line:col RULE} of every finding. */
    private static List<String> positions(LintResult result) {
        return result.findings().stream()
                .map(f -> f.path() + ":" + f.line() + ":" + f.column() + " " + f.ruleId())
                .toList();
    }

    private static Finding only(LintResult result, String path) {
        List<Finding> found = result.findings().stream().filter(f -> f.path().equals(path)).toList();
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    @Test
    void javaSyntaxErrorsAreReportedWhereTheyAreAndOtherFilesAreStillLinted() throws IOException {
        write("src/Good.java", GOOD_JAVA);
        write("src/Syntax.java", "class Syntax {\n  void f( {\n}\n");
        write("src/Comment.java", "class Comment {\n  /* never closed\n}\n");
        write("src/Text.java", "class Text {\n  String s = \"never closed;\n}\n");
        LintResult result = lint();
        assertEquals(List.of(
                "src/Comment.java:4:1 SL000",
                "src/Good.java:3:14 SL900",
                "src/Syntax.java:2:11 SL000",
                "src/Text.java:2:28 SL000"), positions(result));
        assertTrue(only(result, "src/Comment.java").message().contains("unexpected end of file"));
        assertTrue(result.internalErrors().isEmpty());
    }

    @Test
    void deeplyNestedExpressionsDoNotCrash() throws IOException {
        write("src/Good.java", GOOD_JAVA);
        String nested = "(".repeat(10_000) + "1" + ")".repeat(10_000);
        write("src/Deep.java", "class Deep {\n  int x = " + nested + ";\n}\n");
        LintResult result = lint();
        assertTrue(positions(result).contains("src/Good.java:3:14 SL900"), positions(result).toString());
        assertTrue(result.internalErrors().isEmpty(), result.internalErrors().toString());
        List<String> deep = positions(result).stream().filter(p -> p.startsWith("src/Deep.java")).toList();
        assertTrue(deep.equals(List.of("src/Deep.java:1:7 SL900")) || deep.equals(List.of("src/Deep.java:1:1 SL000")),
                deep.toString());
    }

    @Test
    void oversizedFilesAreReportedWithoutBeingParsed() throws IOException {
        write("src/Good.java", GOOD_JAVA);
        byte[] fifty = new byte[50 * 1024 * 1024];
        java.util.Arrays.fill(fifty, (byte) 'a');
        write("template.yaml", fifty);
        LintResult result = lint();
        Finding tooBig = only(result, "template.yaml");
        assertEquals("SL000", tooBig.ruleId());
        assertTrue(tooBig.message().startsWith("file over 10 MB ("), tooBig.message());
        assertTrue(positions(result).contains("src/Good.java:3:14 SL900"));
    }

    @Test
    void modernJavaParses() throws IOException {
        write("src/Modern.java", """
                package a;

                sealed interface Shape permits Circle, Square {}
                record Circle(double r) implements Shape {}
                record Square(double side) implements Shape {}

                class Modern {
                    double area(Object o) {
                        if (o instanceof Circle(double r)) {
                            return Math.PI * r * r;
                        }
                        return switch (o) {
                            case Square s when s.side() > 0 -> s.side() * s.side();
                            case Square(var side) -> 0;
                            default -> {
                                var text = \"\"\"
                                    not a shape
                                    \"\"\";
                                yield text.length();
                            }
                        };
                    }

                    int parse(String s) {
                        try {
                            return Integer.parseInt(s);
                        } catch (NumberFormatException _) {
                            return -1;
                        }
                    }
                }
                """);
        assertEquals(List.of("src/Modern.java:3:18 SL900", "src/Modern.java:4:8 SL900", "src/Modern.java:5:8 SL900",
                "src/Modern.java:7:7 SL900"), positions(lint()));
    }

    @Test
    void encodingsLineEndingsAndTabsKeepPositionsRight() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "class Bom {}\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, withBom, 0, 3);
        System.arraycopy(body, 0, withBom, 3, body.length);
        write("src/Bom.java", withBom);
        write("src/Crlf.java", "package a;\r\n\r\nclass Crlf {}\r\n");
        write("src/Cr.java", "package a;\r\rclass Cr {}\r");
        write("src/Tabs.java", "package a;\n\n\tclass Tabs {}\n");
        byte[] latin1 = "// caf\u00e9 \u00e0 la carte\nclass Latin1 {}\n".getBytes(StandardCharsets.ISO_8859_1);
        write("src/Latin1.java", latin1);
        write("serverless.yml", "service: s\r\nprovider:\r\n  name: aws\r\nfunctions:\r\n\r\n  f:\r\n    handler: a.F\r\n");
        assertEquals(List.of(
                "serverless.yml:6:3 SL901",
                "src/Bom.java:1:7 SL900",
                "src/Cr.java:3:7 SL900",
                "src/Crlf.java:3:7 SL900",
                "src/Latin1.java:2:7 SL900",
                "src/Tabs.java:3:8 SL900"), positions(lint()));
    }

    @Test
    void binaryGarbageNamedJavaIsAParseError() throws IOException {
        write("src/Good.java", GOOD_JAVA);
        byte[] garbage = new byte[4096];
        new java.util.Random(42).nextBytes(garbage);
        garbage[10] = 0;
        write("src/Garbage.java", garbage);
        write("template.json", garbage);
        LintResult result = lint();
        assertEquals(List.of("src/Garbage.java:1:1 SL000", "src/Good.java:3:14 SL900", "template.json:1:1 SL000"),
                positions(result));
        assertTrue(only(result, "src/Garbage.java").message().contains("binary"));
    }

    @Test
    void badYamlIsReportedAndUnknownTagsAreNot() throws IOException {
        write("tabs/serverless.yml", "service: s\nprovider:\n\tname: aws\n");
        write("tags/template.yaml", "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Fn:\n"
                + "    Type: AWS::Lambda::Function\n    Properties:\n      Handler: !Custom thing\n");
        StringBuilder deep = new StringBuilder("service: s\nprovider: {name: aws}\nx: ");
        deep.append("[".repeat(10_000)).append("]".repeat(10_000)).append('\n');
        write("deep/serverless.yml", deep.toString());
        write("deepjson/template.json", "{\"AWSTemplateFormatVersion\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}");
        LintResult result = lint();
        assertEquals(List.of(
                "deep/serverless.yml:1:1 SL000",
                "deepjson/template.json:1:1 SL000",
                "tabs/serverless.yml:3:1 SL000",
                "tags/template.yaml:3:3 SL901"), positions(result));
        assertTrue(only(result, "deepjson/template.json").message().contains("depth"),
                only(result, "deepjson/template.json").message());
        assertTrue(only(result, "deep/serverless.yml").message().contains("Nesting Depth exceeded"), only(result, "deep/serverless.yml").message());
    }

    @Test
    void aliasBombsAreRefused() throws IOException {
        StringBuilder yaml = new StringBuilder("service: s\nprovider: {name: aws}\na0: &a0 [lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 40; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [*a").append(i - 1).append(", *a").append(i - 1).append("]\n");
        }
        write("serverless.yml", yaml.toString());
        Finding refused = only(lint(), "serverless.yml");
        assertEquals("SL000", refused.ruleId());
    }

    @Test
    void multiDocumentAndEmptyFilesAreHandled() throws IOException {
        write("multi/serverless.yml", "---\nkind: notes\n---\nservice: s\nprovider: {name: aws}\nfunctions:\n  f:\n    handler: a.F\n");
        write("empty/serverless.yml", "");
        write("empty/template.json", "");
        write("src/Empty.java", "");
        write("src/Comments.java", "// nothing here\n");
        assertEquals(List.of("multi/serverless.yml:7:3 SL901"), positions(lint()));
    }

    @Test
    void oddPathsAreLintedAndReportedAsTheyAre() throws IOException {
        write("my project/src/Ünïcødé Handler.java", "class Uni {}\n");
        Files.createDirectories(root.resolve("src/Directory.java"));
        Files.createDirectories(root.resolve("src/template.yaml"));
        assertEquals(List.of("my project/src/Ünïcødé Handler.java:1:7 SL900"), positions(lint()));
    }

    @Test
    void aFileThatVanishesBeforeItIsReadIsAParseError() {
        var file = new dev.serverlesslint.core.source.SourceFile(root.resolve("Gone.java"), "Gone.java");
        var outcome = new SourceReader(1024).read(file);
        assertEquals("cannot read this file: no such file or directory", outcome.failure().message());
    }

    @Test
    void aRuleThatThrowsIsReportedAndEverythingElseGoesOn() throws IOException {
        write("src/Good.java", GOOD_JAVA);
        write("src/Boom.java", "class Boom {}\n");
        LintResult result = lint();
        assertEquals(List.of("src/Boom.java:1:7 SL900", "src/Good.java:3:14 SL900"), positions(result));
        assertEquals(1, result.internalErrors().size());
        InternalError error = result.internalErrors().get(0);
        assertEquals("SL902", error.ruleId());
        assertEquals("src/Boom.java", error.path());
        assertTrue(error.message().contains("rule bug"), error.message());
    }
}
