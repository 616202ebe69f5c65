package dev.serverlesslint.rules;

import dev.serverlesslint.core.engine.LintEngine;
import dev.serverlesslint.core.engine.LintRequest;
import dev.serverlesslint.core.source.FileSelection;
import dev.serverlesslint.core.engine.LintResult;
import dev.serverlesslint.core.engine.RuleSet;
import dev.serverlesslint.core.finding.Finding;
import dev.serverlesslint.fixtures.FixtureHarness;
import dev.serverlesslint.fixtures.FixtureProjects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Lints every file of the real-world corpus in {@code ../shared/corpus} with every rule, in one
 * engine run: no rule may fail, a file the corpus index marks as valid YAML/JSON must not give
 * SL000, and one it marks as not valid must. Skipped when {@code ../shared} is absent.
 */
class CorpusRobustnessTest {

    /**
     * Files the index marks as not valid although they are well-formed YAML: unrendered cookiecutter
     * {@code Runtime: {{ cookiecutter.runtime }}} is a flow mapping whose key is itself a mapping.
     * YAML allows such complex keys (SnakeYAML composes them); PyYAML, which built the index, refuses
     * to construct them ("unhashable key"). The linter reads these files and, since the values are
     * not literal, reports nothing about them: accepted, not a parse error.
     */
    private static final Set<String> WELL_FORMED_WITH_COMPLEX_KEYS = Set.of(
            "aws__aws-sam-cli-app-templates/al2/rust/hello-ddb/{{ cookiecutter.project_slug }}/template.yaml",
            "aws__aws-sam-cli-app-templates/python3.14/step-func-conn/{{cookiecutter.project_name}}/template.yaml",
            "aws__aws-sam-cli-app-templates/python3.14/step-func-etl/{{cookiecutter.project_name}}/template.yaml",
            "aws__aws-sam-cli-app-templates/python3.14/web-conn/{{cookiecutter.project_name}}/template.yaml");

    private static Path corpus;
    private static LintResult result;
    private static Map<String, String> parseStatusByPath;

    @BeforeAll
    static void lintCorpusOnce() throws IOException {
        corpus = FixtureProjects.sharedDirectory().map(shared -> shared.resolve("corpus"))
                .filter(Files::isDirectory)
                .orElse(null);
        if (corpus == null || !Files.isRegularFile(corpus.resolve("index.tsv"))) {
            return;
        }
        parseStatusByPath = readIndex(corpus.resolve("index.tsv"));
        // Every indexed file is named explicitly, so none is left out by a default exclusion
        // (the corpus includes Maven archetype templates, which a directory walk skips).
        List<Path> files = parseStatusByPath.keySet().stream().sorted().map(Path::of).toList();
        LintRequest request = new LintRequest(corpus, files, FileSelection.everything(), Set.of(), Set.of(), Map.of(),
                Map.of(), FixtureHarness.FIXTURE_DATE, 2, LintRequest.DEFAULT_MAX_FILE_BYTES);
        result = new LintEngine(RuleSet.discover(CorpusRobustnessTest.class.getClassLoader())).run(request);
        writeFindingsForReview(result);
    }

    /** All findings in target/corpus-findings.txt, to review rules against real projects (not asserted). */
    private static void writeFindingsForReview(LintResult result) throws IOException {
        Path target = Path.of("target");
        if (Files.isDirectory(target)) {
            Files.write(target.resolve("corpus-findings.txt"), result.findings().stream()
                    .map(f -> f.ruleId() + "\t" + f.severity().label() + "\t" + f.path() + ":" + f.line() + "\t"
                            + f.message())
                    .toList(), StandardCharsets.UTF_8);
        }
    }

    private static Map<String, String> readIndex(Path index) throws IOException {
        Map<String, String> status = new TreeMap<>();
        List<String> lines = Files.readAllLines(index, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split("\t"));
        int pathColumn = header.indexOf("path");
        int parseColumn = header.indexOf("parse");
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] columns = line.split("\t");
            status.put(columns[pathColumn], columns[parseColumn]);
        }
        return status;
    }

    private static void assumeCorpus() {
        assumeTrue(result != null, "../shared/corpus is not present");
    }

    @Test
    void noRuleFailsOnAnyCorpusFile() {
        assumeCorpus();
        assertEquals(List.of(), result.internalErrors().stream()
                .map(e -> e.ruleId() + " on " + e.path() + ": " + e.message())
                .toList());
    }

    @Test
    void everyIndexedFileIsRead() {
        assumeCorpus();
        assertTrue(result.filesChecked() >= parseStatusByPath.size(),
                "checked " + result.filesChecked() + " files, index lists " + parseStatusByPath.size());
    }

    @Test
    void noParseErrorOnValidFiles() {
        assumeCorpus();
        Set<String> withParseError = parseErrorPaths();
        List<String> wrong = new ArrayList<>();
        parseStatusByPath.forEach((path, status) -> {
            if (!status.equals("error") && withParseError.contains(path)) {
                wrong.add(path + " (index: " + status + ")");
            }
        });
        assertEquals(List.of(), wrong, "SL000 on files the corpus index marks as valid YAML/JSON");
    }

    @Test
    void parseErrorOnEveryInvalidFile() {
        assumeCorpus();
        Set<String> withParseError = parseErrorPaths();
        List<String> missing = parseStatusByPath.entrySet().stream()
                .filter(e -> e.getValue().equals("error"))
                .map(Map.Entry::getKey)
                .filter(path -> !withParseError.contains(path))
                .filter(path -> !WELL_FORMED_WITH_COMPLEX_KEYS.contains(path))
                .toList();
        assertEquals(List.of(), missing, "no SL000 on files the corpus index marks as not valid YAML/JSON");
    }

    private static Set<String> parseErrorPaths() {
        return result.findings().stream()
                .filter(f -> f.ruleId().equals("SL000"))
                .map(Finding::path)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
