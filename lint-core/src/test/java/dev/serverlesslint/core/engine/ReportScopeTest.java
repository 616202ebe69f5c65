package dev.serverlesslint.core.engine;

import dev.serverlesslint.core.testing.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportScopeTest {

    @TempDir
    Path dir;

    @Test
    void pathsMatchFilesAndDirectories() {
        ReportScope scope = ReportScope.paths(List.of("src/A.java", "config/"));
        assertTrue(scope.includes("src/A.java", 3));
        assertTrue(scope.includes("config/x/serverless.yml", 1));
        assertFalse(scope.includes("src/B.java", 3));
        assertFalse(scope.includes("configuration.yml", 3));
        assertTrue(ReportScope.paths(List.of(".")).includes("any/thing", 1));
    }

    @Test
    void linesAndCombinations() {
        ReportScope lines = ReportScope.lines(Map.of("a", Set.of(2, 3)));
        assertTrue(lines.includes("a", 2));
        assertFalse(lines.includes("a", 4));
        assertFalse(lines.includes("b", 2));
        ReportScope both = lines.and(ReportScope.paths(List.of("b")));
        assertFalse(both.includes("a", 2));
        ReportScope either = lines.or(ReportScope.paths(List.of("b")));
        assertTrue(either.includes("b", 99));
        assertTrue(ReportScope.ALL.and(lines) == lines);
    }

    @Test
    void theWholeProjectIsAnalysedButOnlyTheScopeIsReported() {
        TestProject project = new TestProject(dir)
                .file("src/main/java/A.java", "class A { String s = \"VIOLATION\"; }")
                .file("src/main/java/B.java", "class B {", "  // serverless-lint:disable-next-line SL900",
                        "  String s = \"VIOLATION\";", "  String t = \"VIOLATION\";", "}");
        assertEquals(List.of("src/main/java/B.java:4 SL900"), TestProject.summary(project.lint(
                request -> request.withReportScope(ReportScope.paths(List.of("src/main/java/B.java"))))));
        assertEquals(List.of("src/main/java/A.java:1 SL900"), TestProject.summary(project.lint(
                request -> request.withReportScope(ReportScope.lines(Map.of("src/main/java/A.java", Set.of(1)))))));
    }

    @Test
    void suppressionsOfFilesOutsideTheScopeAreNotJudged() {
        TestProject project = new TestProject(dir)
                .file("src/main/java/A.java", "class A { String s = \"VIOLATION\"; }")
                .file("serverless.yml", "service: s", "provider:", "  name: aws",
                        "functions:", "  hello: # serverless-lint:ignore SL901 -- generated", "    handler: A");
        LintResult scoped = project.lint(request -> request.withReportScope(
                ReportScope.paths(List.of("src/main/java/A.java"))));
        assertEquals(List.of("src/main/java/A.java:1 SL900"), TestProject.summary(scoped));
        assertEquals(List.of("SL900"), scoped.currentBaseline().entries().stream().map(e -> e.ruleId()).toList(),
                "serverless.yml was not checked, so its suppression is neither used nor unused");
        assertEquals(List.of("src/main/java/A.java:1 SL900"), TestProject.summary(project.lint()));
    }
}
