package dev.serverlesslint.core.cache;

import dev.serverlesslint.core.engine.LintEngine;
import dev.serverlesslint.core.engine.LintRequest;
import dev.serverlesslint.core.engine.LintResult;
import dev.serverlesslint.core.engine.ReportScope;
import dev.serverlesslint.core.engine.RuleSet;
import dev.serverlesslint.core.finding.Finding;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.java.JavaSource;
import dev.serverlesslint.core.rule.JavaRule;
import dev.serverlesslint.core.rule.RuleContext;
import dev.serverlesslint.core.rule.RuleDefinition;
import dev.serverlesslint.core.testing.MarkerRule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ResultCacheTest {

    /** Counts the files it is run on, so a test can tell a cached result from a fresh lint. */
    @RuleDefinition(id = "SL903", name = "counting-rule", severity = Severity.NOTE, summary = "Counts.",
            description = "Test rule.", remediation = "None.")
    static final class CountingRule implements JavaRule {
        static final AtomicInteger RUNS = new AtomicInteger();

        @Override
        public void check(JavaSource source, RuleContext context) {
            RUNS.incrementAndGet();
        }
    }

    @TempDir
    Path root;
    @TempDir
    Path cacheDirectory;

    private final LintEngine engine = new LintEngine(new RuleSet(List.of(new MarkerRule(), new CountingRule())));

    @BeforeEach
    void writeProject() throws IOException {
        Files.createDirectories(root.resolve("src"));
        Files.writeString(root.resolve("src/A.java"), "class A { String s = \"VIOLATION\"; }\n");
        Files.writeString(root.resolve("src/B.java"), "class B {\n  String s = \"VIOLATION\";\n}\n");
        CountingRule.RUNS.set(0);
    }

    private LintResult lint(LintRequest request) {
        return new ResultCache(cacheDirectory, "test-build-1").run(engine, request);
    }

    private LintRequest request() {
        return LintRequest.of(root).withThreads(2);
    }

    private static List<String> positions(LintResult result) {
        return result.findings().stream().map(f -> f.path() + ":" + f.line() + " " + f.ruleId()).toList();
    }

    @Test
    void aRerunWithNothingChangedReadsTheStoredResult() {
        LintResult cold = lint(request());
        assertEquals(2, CountingRule.RUNS.get());
        LintResult warm = lint(request());
        assertEquals(2, CountingRule.RUNS.get(), "no rule ran again");
        assertEquals(cold.findings(), warm.findings());
        assertEquals(cold.filesChecked(), warm.filesChecked());
        for (Finding finding : cold.findings()) {
            assertEquals(cold.fingerprint(finding), warm.fingerprint(finding));
        }
        assertEquals(cold.currentBaseline().entries(), warm.currentBaseline().entries());
        assertEquals(List.of("src/A.java:1 SL900", "src/B.java:2 SL900"), positions(warm));
    }

    @Test
    void anyChangedFileOrSettingLintsAgain() throws IOException {
        lint(request());
        Files.writeString(root.resolve("src/B.java"), "class B {}\n");
        assertEquals(List.of("src/A.java:1 SL900"), positions(lint(request())));
        assertEquals(4, CountingRule.RUNS.get());

        LintRequest disabled = request().withRules(Set.of(), Set.of("SL900"), Map.of(), Map.of());
        assertEquals(List.of(), positions(lint(disabled)));
        assertEquals(6, CountingRule.RUNS.get());

        new ResultCache(cacheDirectory, "test-build-2").run(engine, request());
        assertEquals(8, CountingRule.RUNS.get(), "another build of the linter does not trust the entry");
    }

    @Test
    void aCorruptEntryIsIgnored() throws IOException {
        LintResult cold = lint(request());
        try (Stream<Path> entries = Files.list(cacheDirectory)) {
            for (Path entry : entries.toList()) {
                Files.writeString(entry, "{\"key\": \"truncated");
            }
        }
        assertEquals(cold.findings(), lint(request()).findings());
        assertEquals(4, CountingRule.RUNS.get());
        assertEquals(cold.findings(), lint(request()).findings());
        assertEquals(4, CountingRule.RUNS.get(), "the rewritten entry is used");
    }

    @Test
    void aScopedRunChecksOnlyItsFilesAndLeavesTheCacheAlone() throws IOException {
        LintRequest onlyB = request().withReportScope(ReportScope.paths(List.of("src/B.java")));
        assertEquals(List.of("src/B.java:2 SL900"), positions(lint(onlyB)));
        assertEquals(1, CountingRule.RUNS.get(), "only B was checked");
        try (Stream<Path> entries = Files.list(cacheDirectory)) {
            assertEquals(0, entries.count(), "a partial result is not the project's");
        }
        assertEquals(List.of("src/A.java:1 SL900", "src/B.java:2 SL900"), positions(lint(request())));
        assertEquals(3, CountingRule.RUNS.get());
        assertEquals(List.of("src/B.java:2 SL900"), positions(lint(onlyB)));
        assertEquals(4, CountingRule.RUNS.get(), "checking one file costs less than a key over every file");
    }
}
