package dev.serverlesslint.core.java;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shared walk gives the trees and problems JavaParser's own language-level step gives. */
class LanguageLevelChecksTest {

    /** Each breaks a different validator: modifiers, restricted identifiers, try, var, several problems. */
    private static final List<String> INVALID = List.of(
            "class A { private public int x; }",
            "class record {}",
            "class A { void m() { try { } } }",
            "class A { void m() { var x; } }",
            "class A { void m() { var x = {1}; } }",
            "class A { transient void m() {} }",
            "class A { void m() { var a = 1, b = 2; } }",
            "class A { int m()[] { return null; } void n(var x) {} }",
            "class A { strictfp abstract void m(); }",
            "abstract interface I { default abstract void m(); }",
            "class A { void m() { synchronized volatile int x = 1; } }",
            "class A { void m() { var x; try { } } private public int y; }");

    /** Valid at Java 25, several of them only since a recent level. */
    private static final List<String> VALID = List.of(
            "class A { void m() { int _ = 1; var list = new java.util.ArrayList<String>(); } }",
            "class A { Object m(int i) { return switch (i) { case 1 -> 2; default -> { yield 3; } }; } }",
            "class A { void m(Object o) { if (o instanceof String s && s.length() > 0) {} } }",
            "sealed class A permits B {} final class B extends A {}",
            "record P(int x, int y) { P { if (x < 0) throw new IllegalArgumentException(); } }",
            "import module java.base; class A {}",
            "void main() { System.out.println(\"\"\"\n  text\"\"\"); }",
            "class A { void m() { int yield = 1; assert yield > 0; } }");

    @Test
    void installedInPlaceOfJavaParsersStepForThisJavaParserVersion() {
        ParserConfiguration configuration = new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_25);
        int processors = configuration.getProcessors().size();
        assertTrue(LanguageLevelChecks.sharedWalkAvailable());
        assertTrue(LanguageLevelChecks.install(configuration));
        assertEquals(processors, configuration.getProcessors().size());
        LanguageLevelChecks.SharedWalk walk = LanguageLevelChecks.SharedWalk.of(
                new com.github.javaparser.ast.validator.language_level_validations.Java25Validator()).orElseThrow();
        assertEquals(18, walk.sharedChecks());
        assertEquals(4, walk.ownWalks());
    }

    @Test
    void otherLanguageLevelsAreLeftAlone() {
        ParserConfiguration configuration = new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17);
        assertFalse(LanguageLevelChecks.install(configuration));
    }

    @Test
    void sameProblemsInTheSameOrder() {
        for (String source : INVALID) {
            List<String> stock = problems(stockParser().parse(source));
            assertFalse(stock.isEmpty(), source);
            assertEquals(stock, problems(sharedWalkParser().parse(source)), source);
        }
    }

    @Test
    void sameTreesAndNoProblemsOnValidCode() throws IOException {
        List<String> sources = new java.util.ArrayList<>(VALID);
        sources.addAll(fixtureSources());
        assertTrue(sources.size() > VALID.size() + 50, "the fixture projects' Java files were found");
        for (String source : sources) {
            ParseResult<CompilationUnit> stock = stockParser().parse(source);
            ParseResult<CompilationUnit> shared = sharedWalkParser().parse(source);
            assertEquals(problems(stock), problems(shared), source);
            assertEquals(List.of(), problems(shared), source);
            assertEquals(nodes(stock.getResult().orElseThrow()), nodes(shared.getResult().orElseThrow()), source);
        }
    }

    private static JavaParser stockParser() {
        return new JavaParser(new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_25));
    }

    private static JavaParser sharedWalkParser() {
        ParserConfiguration configuration = new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_25);
        assertTrue(LanguageLevelChecks.install(configuration));
        return new JavaParser(configuration);
    }

    private static List<String> problems(ParseResult<?> result) {
        return result.getProblems().stream().map(Problem::toString).collect(Collectors.toList());
    }

    /** Every node's class and range, so that the post-processing (var types) is seen to be the same. */
    private static List<String> nodes(CompilationUnit unit) {
        return unit.findAll(Node.class).stream()
                .map(node -> node.getClass().getSimpleName() + node.getRange().map(Object::toString).orElse(""))
                .collect(Collectors.toList());
    }

    private static List<String> fixtureSources() throws IOException {
        Path fixtures = Path.of("..", "test-fixtures", "projects");
        try (Stream<Path> files = Files.walk(fixtures)) {
            List<Path> javaFiles = files.filter(file -> file.toString().endsWith(".java")).sorted()
                    .collect(Collectors.toList());
            List<String> sources = new java.util.ArrayList<>();
            for (Path file : javaFiles) {
                String text = Files.readString(file);
                if (stockParser().parse(text).isSuccessful()) { // the broken-file fixtures are tested above
                    sources.add(text);
                }
            }
            return sources;
        }
    }
}
