package dev.serverlesslint.core.java;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link OwnNodes} answers what findAll filtered by findAncestor answers, in the same order. */
class OwnNodesTest {

    private static final String NESTING = """
            class Outer {
                Runnable field = () -> a();
                { b(); }
                void method() {
                    c();
                    Runnable lambda = () -> d();
                    new Thread() { public void run() { e(); } }.start();
                    class Local { void f() { g(); } }
                    record Point(int x) { Point { h(); } }
                    i(j(k()));
                }
                static class Nested { void l() { m(); } enum E { A; void n() { o(); } } }
                interface I { default void p() { q(); } }
            }
            """;

    @Test
    void ownCallsOfTheNestingExample() {
        CompilationUnit unit = parse(NESTING);
        List<String> owners = new ArrayList<>();
        for (TypeDeclaration<?> type : unit.findAll(TypeDeclaration.class)) {
            owners.add(type.getNameAsString() + " " + names(OwnNodes.of(type, MethodCallExpr.class, TypeDeclaration.class)));
        }
        for (CallableDeclaration<?> callable : unit.findAll(CallableDeclaration.class)) {
            owners.add(callable.getNameAsString() + "() " + names(OwnNodes.of(callable, MethodCallExpr.class, CallableDeclaration.class)));
        }
        assertEquals(List.of(
                // pre-order: a call before its scope (start before the anonymous class's e)
                "Outer [a, b, c, d, start, e, i, j, k]", "Local [g]", "Point [h]", "Nested [m]", "E [o]", "I [q]",
                // a compact record constructor is no CallableDeclaration in JavaParser: its h is method()'s
                "method() [c, d, start, h, i, j, k]", "run() [e]", "f() [g]", "l() [m]", "n() [o]", "p() [q]"),
                owners);
    }

    @Test
    void sameAsFindAllFilteredByFindAncestorOnEveryFixture() throws IOException {
        int compared = 0;
        for (CompilationUnit unit : fixtureUnits()) {
            for (TypeDeclaration<?> type : unit.findAll(TypeDeclaration.class)) {
                assertSameNodes(slow(type, MethodCallExpr.class, TypeDeclaration.class),
                        OwnNodes.of(type, MethodCallExpr.class, TypeDeclaration.class));
                compared++;
            }
            for (CallableDeclaration<?> callable : unit.findAll(CallableDeclaration.class)) {
                assertSameNodes(slow(callable, MethodCallExpr.class, CallableDeclaration.class),
                        OwnNodes.of(callable, MethodCallExpr.class, CallableDeclaration.class));
                compared++;
            }
        }
        assertTrue(compared > 300, "owners compared: " + compared);
    }

    /** The same nodes (not nodes that read the same) in the same order. */
    private static void assertSameNodes(List<? extends Node> expected, List<? extends Node> actual) {
        assertEquals(expected.size(), actual.size(), () -> expected + " vs " + actual);
        for (int i = 0; i < expected.size(); i++) {
            assertSame(expected.get(i), actual.get(i), "node " + i + " of " + expected);
        }
    }

    /** The definition: every node of the kind whose nearest owner is this one (compared by identity). */
    private static <T extends Node> List<T> slow(Node owner, Class<T> kind, Class<? extends Node> ownerKind) {
        List<T> own = new ArrayList<>();
        for (T node : owner.findAll(kind)) {
            if (node != owner && node.findAncestor(ownerKind).filter(found -> found == owner).isPresent()) {
                own.add(node);
            }
        }
        return own;
    }

    private static String names(List<MethodCallExpr> calls) {
        return calls.stream().map(MethodCallExpr::getNameAsString).toList().toString();
    }

    private static CompilationUnit parse(String code) {
        JavaParser parser = new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_21));
        return parser.parse(code).getResult().orElseThrow();
    }

    private static List<CompilationUnit> fixtureUnits() throws IOException {
        List<CompilationUnit> units = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("..", "test-fixtures", "projects"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                ParseResult<CompilationUnit> result = new JavaParser(new ParserConfiguration()
                        .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_21)).parse(Files.readString(file));
                if (result.isSuccessful()) { // the broken-file fixtures have no tree to compare
                    units.add(result.getResult().orElseThrow());
                }
            }
        }
        return units;
    }
}
