package dev.serverlesslint.core.location;

import com.github.javaparser.StaticJavaParser;
import dev.serverlesslint.core.config.ConfigLoader;
import dev.serverlesslint.core.config.ConfigDocument;
import dev.serverlesslint.core.source.SourceFile;
import dev.serverlesslint.core.source.SourceText;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegionsTest {

    @Test
    void javaRegionsNameTheInnermostDeclaration() {
        FileRegions regions = JavaRegions.of(StaticJavaParser.parse(String.join("\n",
                "class Outer {",
                "    static int count;",
                "    static { count = 1; }",
                "    Outer(String name) { }",
                "    void run(java.util.List<String> items, int... more) {",
                "        Runnable r = () -> { };",
                "    }",
                "    static class Inner { void go() { } }",
                "}")));
        assertEquals("Outer#count", regions.innermost(2).orElseThrow().name());
        assertEquals("Outer#<clinit>", regions.innermost(3).orElseThrow().name());
        assertEquals("Outer#Outer(String)", regions.innermost(4).orElseThrow().name());
        assertEquals("Outer#run(java.util.List<String>,int...)", regions.innermost(6).orElseThrow().name());
        assertEquals("Outer.Inner#go()", regions.innermost(8).orElseThrow().name());
        assertEquals("Outer", regions.innermost(9).orElseThrow().name());
    }

    @Test
    void configRegionsCoverFunctionsWithoutTrailingComments() {
        String text = String.join("\n",
                "service: orders",
                "provider:",
                "  name: aws",
                "functions:",
                "  create:",
                "    handler: a",
                "",
                "  # a comment about update",
                "  update:",
                "    handler: b",
                "resources:",
                "  Resources:",
                "    Queue:",
                "      Type: AWS::SQS::Queue",
                "");
        ConfigDocument document = (ConfigDocument) new ConfigLoader(1_000_000)
                .load(new SourceFile(Path.of("/p/serverless.yml"), "serverless.yml"),
                        SourceText.decode(text.getBytes(StandardCharsets.UTF_8))).value();
        FileRegions regions = ConfigRegions.of(document, SourceLines.of(text));
        CodeRegion create = regions.functionOrResourceStartingAt(5).orElseThrow();
        assertEquals("functions.create", create.name());
        assertEquals(6, create.lastLine());
        assertEquals("functions.update", regions.innermost(10).orElseThrow().name());
        assertEquals("resources.Resources.Queue", regions.innermost(14).orElseThrow().name());
        assertEquals("Queue", regions.innermost(14).orElseThrow().logicalName());
        assertEquals("provider", regions.innermost(3).orElseThrow().name());
        assertTrue(regions.innermost(8).orElseThrow().name().equals("functions"));
    }
}
