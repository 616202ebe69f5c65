package dev.serverlesslint.core.engine;

import com.github.javaparser.ast.body.MethodDeclaration;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.finding.SourcePosition;
import dev.serverlesslint.core.java.JavaSource;
import dev.serverlesslint.core.rule.JavaRule;
import dev.serverlesslint.core.rule.RuleContext;
import dev.serverlesslint.core.rule.RuleDefinition;
import dev.serverlesslint.core.source.FileSelection;
import dev.serverlesslint.core.testing.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The engine keeps only the request-path files parsed, checks every other file on its own, and
 * checks only the files the report scope may include, while cross-file answers stay whole.
 */
class RequestPathScopeTest {

    @TempDir
    Path dir;

    /** Reports every method on a request path with its chain, and records which files it checked. */
    @RuleDefinition(id = "SL903", name = "request-path-marker", severity = Severity.NOTE,
            summary = "Marks request-path methods.", description = "Test rule.", remediation = "None.")
    static final class RequestPathMarker implements JavaRule {
        final Set<String> checked = new ConcurrentSkipListSet<>();
        final Set<String> modelled = new ConcurrentSkipListSet<>();

        @Override
        public void check(JavaSource source, RuleContext context) {
            checked.add(source.path());
            modelled.addAll(context.model().javaSourcePaths());
            for (MethodDeclaration method : source.unit().findAll(MethodDeclaration.class)) {
                context.model().requestPaths().chainTo(method).ifPresent(chain -> context.report(
                        new SourcePosition(method.getBegin().orElseThrow().line, 1), chain.describe()));
            }
        }
    }

    private int filesChecked;

    private List<String> lint(RequestPathMarker rule, ReportScope scope) {
        return lint(rule, scope, 2);
    }

    private List<String> lint(RequestPathMarker rule, ReportScope scope, int threads) {
        LintRequest request = new LintRequest(dir, List.of(), FileSelection.everything(), Set.of(), Set.of(),
                Map.of(), Map.of(), LocalDate.of(2026, 1, 1), threads, LintRequest.DEFAULT_MAX_FILE_BYTES)
                .withReportScope(scope);
        LintResult result = new LintEngine(new RuleSet(List.of(rule))).run(request);
        filesChecked = result.filesChecked();
        return result.findings().stream()
                .map(f -> f.path() + ":" + f.line() + " " + (f.ruleId().equals("SL000") ? "SL000" : f.message())).toList();
    }

    private void project() {
        new TestProject(dir)
                .file("src/Handler.java", "class Handler implements RequestHandler<String, String> {",
                        "  public String handleRequest(String in, Context c) { return new Helper().run(); }", "}")
                .file("src/Helper.java", "class Helper {", "  String run() { return Deep.call(); }", "}")
                .file("src/Deep.java", "class Deep {", "  static String call() { return \"x\"; }", "}")
                .file("src/Other.java", "class Other implements RequestHandler<String, String> {",
                        "  public String handleRequest(String in, Context c) { return in; }", "}")
                .file("src/Unrelated.java", "class Unrelated {", "  void call() { System.exit(1); }", "}")
                .file("src/Broken.java", "class Broken {");
    }

    @Test
    void chainsCrossFilesAndUnrelatedFilesAreCheckedOnTheirOwn() {
        project();
        RequestPathMarker rule = new RequestPathMarker();
        assertEquals(List.of(
                "src/Broken.java:1 SL000",
                "src/Deep.java:2 Handler.handleRequest -> Helper.run -> Deep.call",
                "src/Handler.java:2 Handler.handleRequest",
                "src/Helper.java:2 Handler.handleRequest -> Helper.run",
                "src/Other.java:2 Other.handleRequest"), lint(rule, ReportScope.ALL));
        assertEquals(new TreeSet<>(List.of("src/Deep.java", "src/Handler.java", "src/Helper.java",
                "src/Other.java", "src/Unrelated.java")), rule.checked);
        assertEquals(new TreeSet<>(List.of("src/Deep.java", "src/Handler.java", "src/Helper.java", "src/Other.java")),
                rule.modelled);
    }

    @Test
    void onlyFilesInTheScopeAreCheckedAndTheirChainsStillStartAtTheHandler() {
        project();
        RequestPathMarker rule = new RequestPathMarker();
        assertEquals(List.of("src/Deep.java:2 Handler.handleRequest -> Helper.run -> Deep.call"),
                lint(rule, ReportScope.paths(List.of("src/Deep.java"))));
        assertEquals(Set.of("src/Deep.java"), rule.checked);
        assertEquals(1, filesChecked);
        assertEquals(Set.of("src/Deep.java", "src/Handler.java", "src/Helper.java"), rule.modelled,
                "the other handler cannot reach Deep: it is not parsed");
        RequestPathMarker unrelated = new RequestPathMarker();
        assertEquals(List.of(), lint(unrelated, ReportScope.paths(List.of("src/Unrelated.java"))));
        assertEquals(Set.of(), unrelated.modelled);
        assertEquals(List.of(), lint(new RequestPathMarker(), ReportScope.lines(Map.of("src/Deep.java", Set.of(1)))));
    }

    /**
     * A scoped run parses its first files before the outlines (one per worker but one): a handler, a file
     * the model loads, an unrelated file and a broken one, taken early or not, give the same answers.
     */
    @Test
    void filesParsedEarlyGiveTheSameAnswersAsFilesParsedWhenNeeded() {
        project();
        List<String> scope = List.of("src/Broken.java", "src/Deep.java", "src/Handler.java", "src/Unrelated.java");
        List<String> whole = lint(new RequestPathMarker(), ReportScope.ALL).stream()
                .filter(finding -> scope.stream().anyMatch(finding::startsWith)).toList();
        for (int threads : List.of(1, 2, 3, 5)) {
            RequestPathMarker rule = new RequestPathMarker();
            assertEquals(whole, lint(rule, ReportScope.paths(scope), threads), threads + " threads");
            assertEquals(new TreeSet<>(List.of("src/Deep.java", "src/Handler.java", "src/Unrelated.java")),
                    rule.checked, threads + " threads");
            assertEquals(new TreeSet<>(List.of("src/Deep.java", "src/Handler.java", "src/Helper.java")),
                    rule.modelled, threads + " threads");
            assertEquals(4, filesChecked);
        }
    }

    @Test
    void theModelParsesOnlyWhatResolvingNamesOnTheRequestPathsNeeds() {
        new TestProject(dir)
                .file("src/app/Handler.java", "package app;", "import app.port.Store;", "import app.util.*;",
                        "class Handler implements RequestHandler<String, String> {",
                        "  private final Store store = Stores.create();",
                        "  public String handleRequest(String in, Context c) { return store.session().write(in); }",
                        "  void unused() { new app.tools.Report().print(); }", "}")
                .file("src/app/port/Store.java", "package app.port;",
                        "public interface Store {", "  Session session();", "  interface Session { String write(String s); }", "}")
                .file("src/app/util/Stores.java", "package app.util;", "import app.port.Store;",
                        "public class Stores {", "  public static Store create() { return null; }", "}")
                .file("src/app/db/DynamoStore.java", "package app.db;", "import app.port.Store;",
                        "class DynamoStore implements Store {", "  public Session session() { return new Tx(); }",
                        "  static class Tx implements Store.Session { public String write(String s) { return Audit.log(s); } }",
                        "}")
                .file("src/app/db/Audit.java", "package app.db;", "class Audit {",
                        "  static String log(String s) { return s; }", "}")
                .file("src/app/tools/Report.java", "package app.tools;", "public class Report {",
                        "  public void print() { }", "}")
                .file("src/lib/Context.java", "package lib;", "public interface Context {}")
                .file("src/lib/Session.java", "package lib;", "public interface Session {}")
                .file("src/lib/Stores.java", "package lib;", "public class Stores {}");
        RequestPathMarker rule = new RequestPathMarker();
        assertEquals(List.of(
                "src/app/Handler.java:6 Handler.handleRequest",
                "src/app/db/Audit.java:3 Handler.handleRequest -> Tx.write -> Audit.log",
                "src/app/db/DynamoStore.java:4 Handler.handleRequest -> DynamoStore.session",
                "src/app/db/DynamoStore.java:5 Handler.handleRequest -> Tx.write",
                "src/app/port/Store.java:3 Handler.handleRequest -> Store.session",
                "src/app/port/Store.java:4 Handler.handleRequest -> Session.write"), lint(rule, ReportScope.ALL));
        assertEquals(new TreeSet<>(List.of("src/app/Handler.java", "src/app/db/Audit.java",
                "src/app/db/DynamoStore.java", "src/app/port/Store.java")), rule.modelled,
                "not parsed for the model: Stores (only init code names it), Report (only a method off the request "
                        + "paths names it), the lib types (same simple names, other package)");
    }
}
