package dev.serverlesslint.core.cache;

import dev.serverlesslint.core.engine.IncrementalState;
import dev.serverlesslint.core.engine.LintEngine;
import dev.serverlesslint.core.engine.LintRequest;
import dev.serverlesslint.core.engine.LintResult;
import dev.serverlesslint.core.engine.ReportScope;
import dev.serverlesslint.core.engine.RuleSet;
import dev.serverlesslint.core.finding.Finding;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.finding.SourcePosition;
import dev.serverlesslint.core.java.JavaSource;
import dev.serverlesslint.core.model.ProjectModel;
import dev.serverlesslint.core.packaging.PackagedArtifact;
import dev.serverlesslint.core.packaging.PackagingInputs;
import dev.serverlesslint.core.packaging.ProjectDependency;
import dev.serverlesslint.core.packaging.ResolvedDependency;
import dev.serverlesslint.core.rule.ProjectRule;
import dev.serverlesslint.core.rule.ProjectRuleContext;
import dev.serverlesslint.core.rule.JavaRule;
import dev.serverlesslint.core.rule.RuleContext;
import dev.serverlesslint.core.rule.RuleDefinition;
import dev.serverlesslint.core.testing.MarkerRule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.attribute.FileTime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /** Reports what the package-size rules see: each artifact's sizes and layers, each pom.xml dependency. */
    @RuleDefinition(id = "SL904", name = "packaging-report", severity = Severity.NOTE, summary = "Packaging.",
            description = "Test rule.", remediation = "None.")
    static final class PackagingReport implements ProjectRule {
        @Override
        public void check(ProjectModel model, ProjectRuleContext context) {
            RUNS.incrementAndGet();
            for (PackagedArtifact artifact : model.packaging().artifacts()) {
                context.reportAt(artifact.path(), SourcePosition.START, artifact.path() + " "
                        + (artifact.measurement() == null ? "unmeasured" : artifact.measurement().zippedBytes()
                        + " bytes") + ", layers " + artifact.layerBytes() + " bytes", null, null);
            }
            for (ProjectDependency dependency : model.packaging().dependencies()) {
                context.reportAt("pom.xml", SourcePosition.START, "depends on " + dependency.coordinates(), null,
                        null);
            }
        }

        static final AtomicInteger RUNS = new AtomicInteger();
    }

    /**
     * On its first run, checking {@code A.java}, rewrites {@code B.java} (read already by the outline
     * scan, parsed after A): the run reads B twice with two contents.
     */
    @RuleDefinition(id = "SL905", name = "rewriting-rule", severity = Severity.NOTE, summary = "Rewrites.",
            description = "Test rule.", remediation = "None.")
    static final class RewritingRule implements JavaRule {
        static volatile String rewriteBTo;

        @Override
        public void check(JavaSource source, RuleContext context) {
            String content = rewriteBTo;
            if (content != null && source.path().equals("src/A.java")) {
                rewriteBTo = null;
                try {
                    Files.writeString(source.file().absolutePath().resolveSibling("B.java"), content);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
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
        PackagingReport.RUNS.set(0);
        RewritingRule.rewriteBTo = null;
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
        assertEquals(3, CountingRule.RUNS.get(), "only B.java was checked again");

        LintRequest disabled = request().withRules(Set.of(), Set.of("SL900"), Map.of(), Map.of());
        assertEquals(List.of(), positions(lint(disabled)));
        assertEquals(5, CountingRule.RUNS.get());

        new ResultCache(cacheDirectory, "test-build-2").run(engine, request());
        assertEquals(7, CountingRule.RUNS.get(), "another build of the linter does not trust the entry");
    }

    @Test
    void settledFilesAreComparedByStampAndASameSizeEditWithItsTimeSetBackIsSeen() throws Exception {
        FileTime anHourAgo = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
        for (String file : List.of("src/A.java", "src/B.java")) {
            Files.setLastModifiedTime(root.resolve(file), anHourAgo);
        }
        Thread.sleep(3_500); // settled: the run records the files' stamps (FileStamp)
        lint(request());
        assertEquals(2, CountingRule.RUNS.get());
        assertEquals(List.of("src/A.java:1 SL900", "src/B.java:2 SL900"), positions(lint(request())));
        assertEquals(2, CountingRule.RUNS.get(), "nothing changed: the stored result");

        Path b = root.resolve("src/B.java");
        String before = Files.readString(b);
        Files.writeString(b, before.replace("VIOLATION", "violation"));
        Files.setLastModifiedTime(b, anHourAgo);
        assertEquals(before.length(), Files.size(b), "the same size and time: only the stamp's ctime differs");
        assertEquals(List.of("src/A.java:1 SL900"), positions(lint(request())));
        assertEquals(3, CountingRule.RUNS.get(), "only B.java was checked again");

        Files.setLastModifiedTime(root.resolve("src/A.java"), FileTime.fromMillis(System.currentTimeMillis()));
        assertEquals(List.of("src/A.java:1 SL900"), positions(lint(request())));
        assertEquals(3, CountingRule.RUNS.get(), "a touch is no change: the digest decides, the stored result");
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

    /** A handler whose request path runs through Service.java: both files are parsed for the model. */
    private void writeHandler() throws IOException {
        Files.writeString(root.resolve("src/Handler.java"), """
                import com.amazonaws.services.lambda.runtime.Context;
                import com.amazonaws.services.lambda.runtime.RequestHandler;
                public class Handler implements RequestHandler<String, String> {
                    public String handleRequest(String input, Context context) {
                        return new Service().run(input);
                    }
                }
                """);
        Files.writeString(root.resolve("src/Service.java"), """
                class Service {
                    String run(String input) {
                        return input + "VIOLATION";
                    }
                }
                """);
    }

    @Test
    void aBodyEditOutsideTheModelChecksOnlyThatFile() throws IOException {
        writeHandler();
        LintResult cold = lint(request());
        assertEquals(4, CountingRule.RUNS.get());
        assertEquals(List.of("src/A.java:1 SL900", "src/B.java:2 SL900", "src/Service.java:3 SL900"), positions(cold));

        // same names, new line numbers: only B is checked again; the findings are a cold run's
        Files.writeString(root.resolve("src/B.java"), "class B {\n\n\n  String s = \"VIOLATION\";\n}\n");
        LintResult incremental = lint(request());
        assertEquals(5, CountingRule.RUNS.get(), "only B.java was checked again");
        LintResult coldAgain = engine.run(request());
        assertEquals(List.of("src/A.java:1 SL900", "src/B.java:4 SL900", "src/Service.java:3 SL900"),
                positions(incremental));
        assertEquals(coldAgain.findings(), incremental.findings());
        for (Finding finding : coldAgain.findings()) {
            assertEquals(coldAgain.fingerprint(finding), incremental.fingerprint(finding));
        }
        assertEquals(coldAgain.currentBaseline().entries(), incremental.currentBaseline().entries());
        CountingRule.RUNS.set(0);

        // a file the model parsed: its answers may have changed, so every file is checked
        Files.writeString(root.resolve("src/Service.java"),
                Files.readString(root.resolve("src/Service.java")).replace("input +", "input + input +"));
        assertEquals(positions(engine.run(request())), positions(lint(request())));
        assertEquals(4 + 4, CountingRule.RUNS.get(), "the cold run and the cached run checked every file");
        CountingRule.RUNS.set(0);

        // a new identifier that no question about the project named: only A is checked again
        Files.writeString(root.resolve("src/A.java"), "class A { String s = \"VIOLATION\"; int n; }\n");
        lint(request());
        assertEquals(1, CountingRule.RUNS.get());

        // a new type: the outlines' index changed, so every file is checked
        Files.writeString(root.resolve("src/A.java"), "class A { String s = \"VIOLATION\"; class N { } }\n");
        assertEquals(positions(engine.run(request())), positions(lint(request())));
        assertEquals(1 + 4 + 4, CountingRule.RUNS.get());
    }

    /** Reports, in each configuration file, how many functions it declares; counts its checks. */
    @RuleDefinition(id = "SL906", name = "function-count", severity = Severity.NOTE, summary = "Counts functions.",
            description = "Test rule.", remediation = "None.")
    static final class FunctionCount implements dev.serverlesslint.core.rule.ConfigRule {
        static final AtomicInteger RUNS = new AtomicInteger();

        @Override
        public void check(dev.serverlesslint.core.config.ConfigDocument document, RuleContext context) {
            RUNS.incrementAndGet();
            context.report(SourcePosition.START, context.model().functionsOf(document).size() + " functions");
        }
    }

    /**
     * Reports, in the template, the files the model's handlers are declared in (a project-wide fact), and a
     * finding in the handler method, a file of the model whose own check keeps no regions: its fingerprint
     * needs the file's declarations.
     */
    @RuleDefinition(id = "SL907", name = "handler-files", severity = Severity.NOTE, summary = "Handler files.",
            description = "Test rule.", remediation = "None.")
    static final class HandlerFiles implements ProjectRule {
        static final AtomicInteger RUNS = new AtomicInteger();

        @Override
        public void check(ProjectModel model, ProjectRuleContext context) {
            RUNS.incrementAndGet();
            context.reportAt("template.yaml", new SourcePosition(2, 1), "handlers in "
                    + model.requestPaths().handlerFiles(), null, null);
            context.reportAt("src/Handler.java", new SourcePosition(5, 9), "the handler method", null, null);
        }
    }

    /**
     * In a file that says ASK, asks whether the class Handler serves invocations; in one that says FILES, which
     * files the model was built from: only the built model knows.
     */
    @RuleDefinition(id = "SL908", name = "asks-the-graph", severity = Severity.NOTE, summary = "Asks the graph.",
            description = "Test rule.", remediation = "None.")
    static final class AsksTheGraph implements JavaRule {
        @Override
        public void check(JavaSource source, RuleContext context) {
            if (source.unit().toString().contains("FILES")) {
                context.report(new SourcePosition(1, 1), "model files " + context.model().javaSourcePaths());
            }
            if (source.unit().toString().contains("ASK")) {
                context.model().types().named("Handler").forEach(handler -> context.report(new SourcePosition(1, 1),
                        "Handler serves invocations: " + context.model().requestPaths().isHandlerType(handler)));
            }
        }
    }

    private static final String TEMPLATE = """
            Transform: AWS::Serverless-2016-10-31
            Resources:
              Orders:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: java21
                  Handler: Handler::handleRequest
                  CodeUri: .
            """;

    /**
     * A body edit in a file off the model leaves the model as it was: the run neither parses the handler files
     * nor builds the request-path graph, takes the configuration and project rules' checks from the stored run,
     * and reports what a run without the cache does. An edit of a model file builds the model and checks again.
     */
    @Test
    void aBodyEditOffTheModelTakesTheStoredModelWithoutParsingItsFiles() throws IOException {
        writeHandler();
        Files.writeString(root.resolve("template.yaml"), TEMPLATE);
        LintEngine modelEngine = new LintEngine(new RuleSet(List.of(new MarkerRule(), new CountingRule(),
                new FunctionCount(), new HandlerFiles(), new AsksTheGraph())));
        FunctionCount.RUNS.set(0);
        HandlerFiles.RUNS.set(0);
        ResultCache cache = new ResultCache(cacheDirectory, "test-build-1");
        LintResult first = cache.run(modelEngine, request());
        assertEquals(LintEngine.ModelBuild.BUILT, modelEngine.lastModelBuild());
        assertEquals(1, modelEngine.lastHandlerFilesParsed(), "Handler.java");
        assertEquals(List.of("src/A.java:1 SL900", "src/B.java:2 SL900", "src/Handler.java:5 SL907",
                "src/Service.java:3 SL900", "template.yaml:1 SL906", "template.yaml:2 SL907"), positions(first));

        Files.writeString(root.resolve("src/B.java"), "class B {\n\n\n  String s = \"VIOLATION\";\n}\n");
        LintResult edited = cache.run(modelEngine, request());
        assertEquals(LintEngine.ModelBuild.DEFERRED, modelEngine.lastModelBuild());
        assertEquals(0, modelEngine.lastHandlerFilesParsed(), "no handler file parsed");
        assertEquals(4 + 1, CountingRule.RUNS.get(), "only B.java was checked again");
        assertEquals(1, FunctionCount.RUNS.get(), "the configuration file's check was reused");
        assertEquals(1, HandlerFiles.RUNS.get(), "the project rules' check was reused");
        assertSameAsCold(modelEngine, edited);
        assertEquals(List.of("src/A.java:1 SL900", "src/B.java:4 SL900", "src/Handler.java:5 SL907",
                "src/Service.java:3 SL900", "template.yaml:1 SL906", "template.yaml:2 SL907"), positions(edited));
        assertTrue(edited.findings().stream().anyMatch(f -> f.message().equals("handlers in [src/Handler.java]")));

        // a question only the graph answers, asked in a file off the model: the run is made again with the graph
        Files.writeString(root.resolve("src/B.java"), "class B {\n  String s = \"VIOLATION ASK\";\n}\n");
        LintResult asked = cache.run(modelEngine, request());
        assertEquals(LintEngine.ModelBuild.BUILT_AFTER_DEFERRING, modelEngine.lastModelBuild());
        assertEquals(1, modelEngine.lastHandlerFilesParsed());
        assertTrue(asked.findings().stream().anyMatch(f -> f.message().equals("Handler serves invocations: true")));
        assertSameAsCold(modelEngine, asked);
        Files.writeString(root.resolve("src/B.java"), "class B {\n  String s = \"VIOLATION FILES\";\n}\n");
        LintResult files = cache.run(modelEngine, request());
        assertEquals(LintEngine.ModelBuild.BUILT_AFTER_DEFERRING, modelEngine.lastModelBuild());
        assertTrue(files.findings().stream()
                .anyMatch(f -> f.message().equals("model files [src/Handler.java, src/Service.java]")));
        assertSameAsCold(modelEngine, files);

        // a model file changed: the model is built, every check made again
        int configChecks = FunctionCount.RUNS.get();
        int projectChecks = HandlerFiles.RUNS.get();
        Files.writeString(root.resolve("src/Service.java"),
                Files.readString(root.resolve("src/Service.java")).replace("input +", "input + input +"));
        LintResult modelEdit = cache.run(modelEngine, request());
        assertEquals(LintEngine.ModelBuild.BUILT, modelEngine.lastModelBuild());
        assertEquals(1, modelEngine.lastHandlerFilesParsed());
        assertEquals(configChecks + 1, FunctionCount.RUNS.get(), "the configuration file was checked again");
        assertEquals(projectChecks + 1, HandlerFiles.RUNS.get(), "the project rules ran again");
        assertSameAsCold(modelEngine, modelEdit);

        // and the run after it may take the model it stored
        configChecks = FunctionCount.RUNS.get();
        Files.writeString(root.resolve("src/A.java"), "class A {\n String s = \"VIOLATION\"; }\n");
        LintResult again = cache.run(modelEngine, request());
        assertEquals(LintEngine.ModelBuild.DEFERRED, modelEngine.lastModelBuild());
        assertEquals(configChecks, FunctionCount.RUNS.get(), "the check the model edit's run stored");
        assertSameAsCold(modelEngine, again);
    }

    /** The findings, fingerprints and baseline of a run without the cache. */
    private void assertSameAsCold(LintEngine engine, LintResult cached) {
        LintResult cold = engine.run(request());
        assertEquals(cold.findings(), cached.findings());
        for (Finding finding : cold.findings()) {
            assertEquals(cold.fingerprint(finding), cached.fingerprint(finding));
            assertEquals(finding.related(), cached.findings().get(cold.findings().indexOf(finding)).related());
        }
        assertEquals(cold.currentBaseline().entries(), cached.currentBaseline().entries());
    }

    @Test
    void aCorruptPerFileLayerIsIgnored() throws IOException {
        lint(request());
        Files.writeString(root.resolve("src/B.java"), "class B {\n\n  String s = \"VIOLATION\";\n}\n");
        try (Stream<Path> entries = Files.list(cacheDirectory)) {
            for (Path entry : entries.filter(f -> f.toString().endsWith(".files")).toList()) {
                Files.writeString(entry, "{\"format\": 1, \"state\": {\"files\": {\"src/A.java\": null");
            }
        }
        assertEquals(List.of("src/A.java:1 SL900", "src/B.java:3 SL900"), positions(lint(request())));
        assertEquals(4, CountingRule.RUNS.get(), "both files checked again");
    }

    private Set<String> layerParts() throws IOException {
        try (Stream<Path> files = Files.list(cacheDirectory)) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".shard"))
                    .collect(java.util.stream.Collectors.toSet());
        }
    }

    @Test
    void aBodyEditRewritesOnlyTheShardOfItsFile() throws IOException {
        writeHandler();
        ResultCache cache = new ResultCache(cacheDirectory, "test-build-1");
        cache.run(engine, request());
        Set<String> before = layerParts();
        assertEquals(1 + IncrementalState.SHARDS, cache.shardsWritten(), "the first run writes every part");

        Files.writeString(root.resolve("src/B.java"), "class B {\n\n  String s = \"VIOLATION\";\n}\n");
        assertEquals(List.of("src/A.java:1 SL900", "src/B.java:3 SL900", "src/Service.java:3 SL900"),
                positions(cache.run(engine, request())));
        assertEquals(4 + 1, CountingRule.RUNS.get(), "only B.java was checked again");
        assertEquals(1, cache.shardsWritten(), "only B.java's shard was encoded and written again");
        Set<String> after = layerParts();
        assertEquals(before.size(), after.size(), "the replaced shard's file was removed");
        after.removeAll(before);
        assertEquals(1, after.size());

        assertEquals(List.of("src/A.java:1 SL900", "src/B.java:3 SL900", "src/Service.java:3 SL900"),
                positions(cache.run(engine, request())));
        assertEquals(0, cache.shardsWritten(), "nothing changed: the stored result, no layer written");
    }

    @Test
    void aPerFileLayerWithAMissingOrTruncatedPartIsIgnored() throws IOException {
        lint(request());
        Files.writeString(root.resolve("src/B.java"), "class B {\n\n  String s = \"VIOLATION\";\n}\n");
        List<String> parts = layerParts().stream().sorted().toList();
        Files.delete(cacheDirectory.resolve(parts.get(0)));
        assertEquals(List.of("src/A.java:1 SL900", "src/B.java:3 SL900"), positions(lint(request())));
        assertEquals(2 + 2, CountingRule.RUNS.get(), "a shard is missing: both files checked again");

        Files.writeString(root.resolve("src/B.java"), "class B {\n\n\n  String s = \"VIOLATION\";\n}\n");
        for (String part : layerParts()) {
            Path file = cacheDirectory.resolve(part);
            byte[] bytes = Files.readAllBytes(file);
            Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        }
        assertEquals(List.of("src/A.java:1 SL900", "src/B.java:4 SL900"), positions(lint(request())));
        assertEquals(2 + 2 + 2, CountingRule.RUNS.get(), "truncated parts: both files checked again");

        Files.writeString(root.resolve("src/B.java"), "class B {\n  String s = \"VIOLATION\";\n}\n");
        assertEquals(List.of("src/A.java:1 SL900", "src/B.java:2 SL900"), positions(lint(request())));
        assertEquals(2 + 2 + 2 + 1, CountingRule.RUNS.get(), "the layer written again is used");
    }

    @Test
    void concurrentRunsOnOneCacheDirectoryGiveTheColdResult() throws Exception {
        writeHandler();
        java.util.concurrent.ExecutorService runs = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int edit = 0; edit < 6; edit++) {
                Files.writeString(root.resolve("src/B.java"), "class B {\n" + "\n".repeat(edit)
                        + "  String s = \"VIOLATION\";\n}\n");
                List<String> cold = positions(engine.run(request()));
                List<java.util.concurrent.Future<LintResult>> both = runs.invokeAll(List.of(
                        () -> lint(request()), () -> lint(request().withThreads(1))));
                for (java.util.concurrent.Future<LintResult> run : both) {
                    assertEquals(cold, positions(run.get()), "edit " + edit);
                }
                assertEquals(cold, positions(lint(request())), "after edit " + edit + ", the layer they left");
            }
        } finally {
            runs.shutdownNow();
        }
    }

    @Test
    void addingOrRemovingAFileLintsAgain() throws IOException {
        lint(request());
        Files.writeString(root.resolve("src/C.java"), "class C { String s = \"VIOLATION\"; }\n");
        assertEquals(List.of("src/A.java:1 SL900", "src/B.java:2 SL900", "src/C.java:1 SL900"),
                positions(lint(request())));
        Files.delete(root.resolve("src/A.java"));
        assertEquals(List.of("src/B.java:2 SL900", "src/C.java:1 SL900"), positions(lint(request())));
        assertEquals(2 + 3 + 2, CountingRule.RUNS.get());
    }

    @Test
    void theBaselineAndTheDateAreInputsToo() {
        lint(request());
        LintResult withBaseline = lint(request().withBaseline(lint(request()).currentBaseline()));
        assertEquals(List.of(), positions(withBaseline), "the baseline hides both; the entry of the run without it is not reused");
        assertEquals(List.of(), positions(lint(request().withBaseline(withBaseline.currentBaseline()))));
        int runs = CountingRule.RUNS.get();
        lint(request().withAsOf(java.time.LocalDate.of(2020, 1, 1)));
        assertEquals(runs + 2, CountingRule.RUNS.get());
    }

    /**
     * A file that changes while the run reads it must not leave an entry that later hides what the file
     * says: here B is broken when first read and valid when parsed, and broken again afterwards.
     */
    @Test
    void aFileChangedDuringTheRunLeavesNoEntryThatHidesAParseError() throws IOException {
        LintEngine rewriting = new LintEngine(new RuleSet(List.of(new MarkerRule(), new RewritingRule())));
        Files.writeString(root.resolve("src/B.java"), "class B {\n");
        String valid = "class B {\n  String s = \"VIOLATION\";\n}\n";
        RewritingRule.rewriteBTo = valid;
        LintRequest oneThread = request().withThreads(1);
        assertEquals(List.of("src/A.java:1 SL900", "src/B.java:2 SL900"),
                positions(new ResultCache(cacheDirectory, "test-build-1").run(rewriting, oneThread)));
        assertEquals(valid, Files.readString(root.resolve("src/B.java")), "the rule changed B during the run");

        Files.writeString(root.resolve("src/B.java"), "class B {\n");
        LintResult rerun = new ResultCache(cacheDirectory, "test-build-1").run(rewriting, oneThread);
        assertEquals(List.of("src/A.java:1 SL900", "src/B.java:1 SL000"), positions(rerun));
    }

    private static final String SERVERLESS_YML = """
            service: orders
            provider: {name: aws, runtime: java21}
            package: {artifact: target/orders.jar}
            layers:
              libs: {path: layer}
            functions:
              getOrder:
                handler: com.example.GetOrderHandler
                layers: [{Ref: LibsLambdaLayer}]
            """;

    private final LintEngine packagingEngine = new LintEngine(new RuleSet(List.of(new PackagingReport())));

    private List<String> packagingFindings(LintRequest request) {
        return new ResultCache(cacheDirectory, "test-build-1").run(packagingEngine, request).findings().stream()
                .map(Finding::message).toList();
    }

    private void writeJar(int bytes) throws IOException {
        Path jar = root.resolve("target/orders.jar");
        Files.createDirectories(jar.getParent());
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(jar))) {
            zip.setLevel(java.util.zip.Deflater.NO_COMPRESSION);
            zip.putNextEntry(new java.util.zip.ZipEntry("Handler.class"));
            zip.write(new byte[bytes]);
            zip.closeEntry();
        }
    }

    @Test
    void artifactsLayersAndPomFilesAreInputs() throws IOException {
        Files.writeString(root.resolve("serverless.yml"), SERVERLESS_YML);
        Files.createDirectories(root.resolve("layer/java/lib"));
        Files.write(root.resolve("layer/java/lib/a.jar"), new byte[100]);
        Files.writeString(root.resolve("pom.xml"), pom(""));

        assertEquals(List.of(), packagingFindings(request()), "no artifact built yet");
        writeJar(1000);
        List<String> built = packagingFindings(request());
        assertEquals(1, built.size(), "the artifact looked for and absent is an input: " + built);
        assertTrue(built.get(0).endsWith("layers 100 bytes"), built.get(0));
        assertEquals(built, packagingFindings(request()));
        assertEquals(2, PackagingReport.RUNS.get(), "unchanged: read back");

        writeJar(200_000);
        List<String> grown = packagingFindings(request());
        assertFalse(grown.equals(built), "the grown artifact is measured again: " + grown);
        assertEquals(3, PackagingReport.RUNS.get());

        Files.write(root.resolve("layer/java/lib/b.jar"), new byte[50]);
        assertTrue(packagingFindings(request()).get(0).endsWith("layers 150 bytes"));

        Files.writeString(root.resolve("pom.xml"), pom("""
                <dependency><groupId>com.amazonaws</groupId><artifactId>aws-java-sdk</artifactId>                <version>1.12.700</version></dependency>"""));
        assertTrue(packagingFindings(request()).contains("depends on com.amazonaws:aws-java-sdk"));
        assertEquals(5, PackagingReport.RUNS.get());
    }

    @Test
    void resolvedDependenciesAreInputs() throws IOException {
        Path jar = root.resolve("deps/sdk.jar");
        Files.createDirectories(jar.getParent());
        Files.write(jar, new byte[10]);
        LintRequest resolved = request().withPackaging(new PackagingInputs(List.of(), List.of(
                new ResolvedDependency("software.amazon.awssdk", "s3", "2.25.0", "compile", jar, null)), true));
        assertEquals(List.of("depends on software.amazon.awssdk:s3"), packagingFindings(resolved));
        LintRequest other = request().withPackaging(new PackagingInputs(List.of(), List.of(
                new ResolvedDependency("com.amazonaws", "aws-java-sdk", "1.12.700", "compile", jar, null)), true));
        assertEquals(List.of("depends on com.amazonaws:aws-java-sdk"), packagingFindings(other));
        assertEquals(2, PackagingReport.RUNS.get());
    }

    private static String pom(String dependencies) {
        return "<project><modelVersion>4.0.0</modelVersion><groupId>com.example</groupId>"
                + "<artifactId>orders</artifactId><version>1</version><dependencies>" + dependencies
                + "</dependencies></project>\n";
    }

    private ResultCache smallCache(int maxEntries, long maxBytes) {
        return new ResultCache(cacheDirectory, "test-build-1", maxEntries, maxBytes);
    }

    private Path project(String name) throws IOException {
        Path project = Files.createDirectories(root.resolve(name).resolve("src"));
        Files.writeString(project.resolve("A.java"), "class A { String s = \"VIOLATION\"; }\n");
        return project.getParent();
    }

    private long entries() throws IOException {
        try (Stream<Path> files = Files.list(cacheDirectory)) {
            return files.filter(f -> f.toString().endsWith(".json")).count();
        }
    }

    /** Sets every entry's last use to a distinct past time, in the order given (oldest first). */
    private void ageEntries() throws IOException {
        try (Stream<Path> files = Files.list(cacheDirectory)) {
            long time = System.currentTimeMillis() - 60_000;
            for (Path file : files.sorted(java.util.Comparator.comparing(f -> {
                try {
                    return Files.getLastModifiedTime(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            })).toList()) {
                Files.setLastModifiedTime(file, FileTime.fromMillis(time += 1000));
            }
        }
    }

    @Test
    void theLeastRecentlyUsedEntriesAreEvictedBeyondTheLimit() throws IOException {
        Path one = project("one");
        Path two = project("two");
        Path three = project("three");
        ResultCache cache = smallCache(2, Long.MAX_VALUE);
        cache.run(engine, LintRequest.of(one));
        ageEntries();
        cache.run(engine, LintRequest.of(two));
        ageEntries();
        cache.run(engine, LintRequest.of(one)); // a hit: one is now the most recently used
        assertEquals(2, CountingRule.RUNS.get());
        cache.run(engine, LintRequest.of(three));
        assertEquals(2, entries());
        assertEquals(3, CountingRule.RUNS.get());

        cache.run(engine, LintRequest.of(one));
        assertEquals(3, CountingRule.RUNS.get(), "one was kept");
        cache.run(engine, LintRequest.of(two));
        assertEquals(4, CountingRule.RUNS.get(), "two, least recently used, was evicted");
        assertEquals(2, entries());
    }

    @Test
    void theByteLimitKeepsOnlyTheNewestEntry() throws IOException {
        ResultCache cache = smallCache(100, 1);
        cache.run(engine, LintRequest.of(project("one")));
        cache.run(engine, LintRequest.of(project("two")));
        assertEquals(1, entries());
        cache.run(engine, LintRequest.of(root.resolve("two")));
        assertEquals(2, CountingRule.RUNS.get(), "the newest entry is kept even over the limit");
    }
}
