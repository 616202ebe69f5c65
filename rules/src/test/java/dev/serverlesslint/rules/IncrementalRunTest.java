package dev.serverlesslint.rules;

import dev.serverlesslint.core.cache.ResultCache;
import dev.serverlesslint.core.engine.IncrementalState;
import dev.serverlesslint.core.engine.LintEngine;
import dev.serverlesslint.core.engine.LintRequest;
import dev.serverlesslint.core.engine.LintResult;
import dev.serverlesslint.core.engine.RuleSet;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.java.JavaSource;
import dev.serverlesslint.core.report.JsonReporter;
import dev.serverlesslint.core.rule.JavaRule;
import dev.serverlesslint.core.rule.Rule;
import dev.serverlesslint.core.rule.RuleContext;
import dev.serverlesslint.core.rule.RuleDefinition;
import dev.serverlesslint.fixtures.FixtureHarness;
import dev.serverlesslint.fixtures.FixtureProjects;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Random edits to a project of handlers, configuration, request paths across files and suppressions:
 * after each, a run with the result cache (which reuses the checks of unchanged files when it may)
 * gives the same JSON report, byte for byte, as a run without it. The files are settled before the
 * first run, so the cache takes unchanged files' outlines by their stamps (size, times, identity);
 * the edits include those a stamp must still see: the same size with the modification time set back,
 * a touch or a rewrite without change, and a return to the content and time of before.
 */
class IncrementalRunTest {

    /** Counts the Java files the rules check, to tell reused checks from fresh ones. */
    @RuleDefinition(id = "SL905", name = "checked-files", severity = Severity.NOTE, summary = "Counts.",
            description = "Test rule.", remediation = "None.")
    static final class CheckedFiles implements JavaRule {
        static final AtomicInteger COUNT = new AtomicInteger();

        @Override
        public void check(JavaSource source, RuleContext context) {
            COUNT.incrementAndGet();
        }
    }

    private static final List<String> PROJECTS = List.of("suppressions", "sl103-handler-clients",
            "sl218-client-timeout-exceeds-function", "sl109-hardcoded-credentials", "sl113-snapstart-unsafe-state",
            "sl112-oversized-connection-pool");
    private static final List<String> SUPPRESSED = List.of("SL103", "SL109", "SL107", "SL113", "SL999");

    @TempDir
    Path root;
    @TempDir
    Path cacheDirectory;

    private static final FileTime AN_HOUR_AGO = FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS));

    private final LintEngine engine = new LintEngine(rules());
    /** Each Java file's content before the first run. */
    private final Map<Path, byte[]> original = new HashMap<>();

    private static RuleSet rules() {
        List<Rule> rules = new ArrayList<>(RuleSet.discover(IncrementalRunTest.class.getClassLoader()).rules());
        rules.add(new CheckedFiles());
        return new RuleSet(rules);
    }

    @ParameterizedTest
    @ValueSource(longs = {18, 1818, 20261203})
    void randomEditsGiveTheColdRunsReport(long seed) throws IOException {
        for (String project : PROJECTS) {
            copy(FixtureProjects.project(project), root.resolve(project));
        }
        writeLibrary(root.resolve("library/src/main/java/com/example/library"));
        for (Path file : javaFiles()) {
            Files.setLastModifiedTime(file, AN_HOUR_AGO);
            original.put(file, Files.readAllBytes(file));
        }
        settle();
        Random random = new Random(seed);
        ResultCache cache = new ResultCache(cacheDirectory, "incremental-test");
        assertEquals(cold(), report(cache.run(engine, request(2))), "first run");
        int javaFiles = javaFiles().size();
        int partial = 0;
        int fewerParts = 0;
        int withoutGraph = 0;
        for (int iteration = 0; iteration < 20; iteration++) {
            if (iteration == 10) {
                settle(); // the files edited so far get stamps too
            }
            String edit = edit(random);
            String expected = cold();
            CheckedFiles.COUNT.set(0);
            LintResult cached = cache.run(engine, request(1 + random.nextInt(2)));
            assertEquals(expected, report(cached), "seed " + seed + ", edit " + iteration + ": " + edit);
            if (CheckedFiles.COUNT.get() < javaFiles().size()) {
                partial++;
            }
            if (engine.lastModelBuild() == LintEngine.ModelBuild.DEFERRED) {
                withoutGraph++; // the stored model taken: no handler file parsed, no request-path graph built
                assertEquals(0, engine.lastHandlerFilesParsed());
            }
            if (cache.shardsWritten() < IncrementalState.SHARDS) {
                fewerParts++; // some of the per-file layer's shards were kept as stored
            }
        }
        assertTrue(partial > 0, "some runs reused checks (of " + javaFiles + " files)");
        assertTrue(fewerParts > 0, "some runs rewrote only some shards of the per-file layer");
        assertTrue(withoutGraph > 0, "some runs took the stored model without building the graph");
    }

    /**
     * Waits until the files written so far are settled: a run records a file's stamp (size, times,
     * identity) only when it was last modified (or its time set) some seconds before, and later runs
     * then take such a file's outline and digest from the cache without reading it.
     */
    private static void settle() {
        try {
            Thread.sleep(3_500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Code no handler reaches (most of a real repository): credentials, clients, suppressions. */
    private static void writeLibrary(Path directory) throws IOException {
        Files.createDirectories(directory);
        for (int i = 0; i < 12; i++) {
            Files.writeString(directory.resolve("Ledger" + i + ".java"), """
                    package com.example.library;

                    import software.amazon.awssdk.services.s3.S3Client;

                    public class Ledger%d {
                        private static final String PASSWORD = "hunter2-ledger-%d";
                        private int total;

                        public int add(int amount) {
                            S3Client client = S3Client.create();
                            total = total + amount * %d;
                            return total;
                        }

                        // serverless-lint:disable-next-line SL109
                        private static final String SECRET_KEY = "AKIAIOSFODNN7EXAMPLE";
                    }
                    """.formatted(i, i, i + 1));
        }
    }

    private LintRequest request(int threads) {
        return LintRequest.of(root).withAsOf(FixtureHarness.FIXTURE_DATE).withThreads(threads);
    }

    private String cold() {
        return report(engine.run(request(2)));
    }

    private static String report(LintResult result) {
        StringWriter out = new StringWriter();
        try {
            new JsonReporter().write(result, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Applies one random edit and says what it was. */
    private String edit(Random random) throws IOException {
        List<Path> java = javaFiles();
        Path file = java.get(random.nextInt(java.size()));
        FileTime modified = Files.getLastModifiedTime(file);
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        int line = 1 + random.nextInt(Math.max(1, lines.size() - 2));
        String what;
        switch (random.nextInt(14)) {
            case 10 -> { // a statement commented out in the same size, the time set back: only the stamp's
                // status-change time tells (size and modification time are those of before)
                String text = Files.readString(file);
                List<Integer> indented = new ArrayList<>();
                for (int at = text.indexOf("\n        "); at >= 0; at = text.indexOf("\n        ", at + 1)) {
                    indented.add(at + 1);
                }
                int at = indented.isEmpty() ? -1 : indented.get(random.nextInt(indented.size()));
                if (at >= 0) {
                    Files.writeString(file, text.substring(0, at) + "//" + text.substring(at + 2));
                    Files.setLastModifiedTime(file, modified);
                }
                return "same-size edit, time set back, in " + root.relativize(file) + " at offset " + at;
            }
            case 11 -> { // touched, content unchanged: not a change
                Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
                return "touched " + root.relativize(file);
            }
            case 12 -> { // the same bytes written again
                Files.write(file, Files.readAllBytes(file));
                return "rewritten unchanged " + root.relativize(file);
            }
            case 13 -> { // back to the content and time it had before the first run
                byte[] before = original.get(file);
                if (before != null) {
                    Files.write(file, before);
                    Files.setLastModifiedTime(file, AN_HOUR_AGO);
                }
                return "reverted " + root.relativize(file);
            }
            case 0, 1 -> { // a body edit that shifts lines
                lines.add(line, "");
                what = "blank line";
            }
            case 2 -> { // a statement repeated: the same names, often a new finding
                int statement = findLine(lines, random, l -> l.trim().endsWith(";") && l.startsWith("        "));
                if (statement >= 0) {
                    lines.add(statement, lines.get(statement));
                }
                what = "repeated statement";
            }
            case 8 -> { // a new local variable: a new identifier, in most places
                int statement = findLine(lines, random, l -> l.trim().endsWith(";") && l.startsWith("        "));
                lines.add(statement + 1, "        String note" + random.nextInt(5) + " = \"edited\";");
                what = "new variable";
            }
            case 9 -> { // an identifier the rules ask about (SL112 looks for a pool built in code)
                int statement = findLine(lines, random, l -> l.trim().endsWith(";") && l.startsWith("        "));
                lines.add(statement + 1, "        HikariConfig pool = null;");
                what = "HikariConfig";
            }
            case 3 -> {
                lines.add(line, "        // serverless-lint:disable-next-line "
                        + SUPPRESSED.get(random.nextInt(SUPPRESSED.size())));
                what = "suppression comment";
            }
            case 4 -> { // a declaration: a new field in the first type
                int body = findLine(lines, random, l -> l.contains(" class ") && l.trim().endsWith("{"));
                if (body >= 0) {
                    lines.add(body + 1, "    private int edited" + random.nextInt(3) + ";");
                }
                what = "new field";
            }
            case 5 -> { // a new file, a copy under another name
                String name = file.getFileName().toString().replace(".java", "");
                String copy = name + "Copy" + random.nextInt(100);
                Files.writeString(file.resolveSibling(copy + ".java"),
                        String.join("\n", lines).replace("class " + name + " ", "class " + copy + " ")
                                .replace(" " + name + "(", " " + copy + "("));
                return "copied " + root.relativize(file) + " to " + copy;
            }
            case 6 -> {
                Files.delete(file);
                return "deleted " + root.relativize(file);
            }
            default -> { // a configuration value
                List<Path> configs = configFiles();
                Path config = configs.get(random.nextInt(configs.size()));
                String text = Files.readString(config);
                int at = findDigit(text, random);
                if (at >= 0) {
                    Files.writeString(config, text.substring(0, at) + (char) ('1' + random.nextInt(9))
                            + text.substring(at + 1));
                }
                return "configuration digit in " + root.relativize(config);
            }
        }
        Files.write(file, lines);
        if (random.nextBoolean()) { // as if edited within the same tick of the file system's clock
            Files.setLastModifiedTime(file, modified);
            what += ", time set back";
        }
        return what + " in " + root.relativize(file) + " at " + line;
    }

    private static int findLine(List<String> lines, Random random, java.util.function.Predicate<String> test) {
        List<Integer> matching = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (test.test(lines.get(i))) {
                matching.add(i);
            }
        }
        return matching.isEmpty() ? -1 : matching.get(random.nextInt(matching.size()));
    }

    private static int findDigit(String text, Random random) {
        List<Integer> digits = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                digits.add(i);
            }
        }
        return digits.isEmpty() ? -1 : digits.get(random.nextInt(digits.size()));
    }

    private List<Path> javaFiles() throws IOException {
        return files(".java");
    }

    private List<Path> configFiles() throws IOException {
        List<Path> configs = new ArrayList<>(files(".yml"));
        configs.addAll(files(".yaml"));
        configs.addAll(files(".json"));
        configs.addAll(files(".properties"));
        configs.sort(null);
        return configs;
    }

    private List<Path> files(String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.sorted().toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
