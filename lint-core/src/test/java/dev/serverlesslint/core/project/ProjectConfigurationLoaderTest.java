package dev.serverlesslint.core.project;

import dev.serverlesslint.core.engine.LintRequest;
import dev.serverlesslint.core.engine.LintResult;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.testing.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProjectConfigurationLoaderTest {

    private final ProjectConfigurationLoader loader = new ProjectConfigurationLoader(TestProject.RULES);

    @TempDir
    Path dir;

    private ProjectConfiguration parse(String... lines) {
        return loader.parse(".serverless-lint.yml", String.join("\n", lines) + "\n");
    }

    private static List<String> problems(ProjectConfiguration configuration) {
        return configuration.problems().stream().map(p -> p.position().line() + ": " + p.message()).toList();
    }

    @Test
    void readsEveryKindOfSetting() {
        ProjectConfiguration configuration = parse(
                "rules:",
                "  SL900:",
                "    severity: error",
                "    options:",
                "      limit: 5",
                "      strict: true",
                "  function-key: off",
                "  SL002: warning",
                "include: [\"src/**\", \"serverless.yml\"]",
                "exclude:",
                "  - \"**/generated/**\"",
                "includeTests: false");
        assertEquals(List.of(), problems(configuration));
        assertEquals(Map.of("SL900", Severity.ERROR, "SL002", Severity.WARNING), configuration.severities());
        assertEquals(Map.of("limit", "5", "strict", "true"), configuration.options().get("SL900").values());
        assertEquals(java.util.Set.of("SL901"), configuration.disabledRules());
        assertEquals(List.of("src/**", "serverless.yml"), configuration.includes());
        assertEquals(List.of("**/generated/**"), configuration.excludes());
        assertEquals(Boolean.FALSE, configuration.includeTests());

        LintRequest request = configuration.applyTo(LintRequest.of(dir));
        assertFalse(request.isEnabled("SL901"));
        assertEquals(5, request.optionsOf("SL900").number("limit", 2));
        assertTrue(request.optionsOf("SL900").flag("strict", false));
        assertFalse(configuration.selection(List.of(), List.of(), true).accepts("src/test/java/A.java"));
        assertFalse(configuration.selection(List.of(), List.of(), true).accepts("src/generated/A.java"));
        assertFalse(configuration.selection(List.of(), List.of(), true).accepts("lib/A.java"));
    }

    @Test
    void everyProblemIsReportedWithItsLine() {
        ProjectConfiguration configuration = parse(
                "rules:",
                "  SL999: off",
                "  SL900:",
                "    severity: fatal",
                "    options:",
                "      limit: many",
                "      unknownOption: 1",
                "    colour: red",
                "  SL901: sometimes",
                "  SL002: { enabled: maybe }",
                "include: [\"src/[\"]",
                "excludes: []");
        List<String> problems = problems(configuration);
        assertEquals(9, problems.size(), String.join("\n", problems));
        assertEquals(List.of(
                "2: Unknown rule 'SL999'; use a rule ID or name from --list-rules.",
                "4: Rule SL900: severity 'fatal' is not one of note, warning, error.",
                "6: Rule SL900: option 'limit' must be a whole number, not 'many'.",
                "7: Rule SL900 has no option 'unknownOption'; its options are [limit, strict].",
                "8: Rule SL900: unknown key 'colour'; a rule takes enabled, options, severity.",
                "9: Rule SL901: 'sometimes' is not a setting; write off, on, note, warning or error, or a mapping "
                        + "with enabled, options, severity.",
                "10: 'SL002 enabled' must be true or false."), problems.subList(0, 7));
        assertTrue(problems.get(7).startsWith("11: 'src/[' is not a valid glob"), problems.get(7));
        assertEquals("12: Unknown key 'excludes'; the configuration reads exclude, include, includeTests, rules.",
                problems.get(8));
    }

    @Test
    void globsMustBeTextNotNumbersOrBooleans() {
        String expected = "'exclude' must be a list of glob patterns relative to the project root, e.g. \"**/generated/**\".";
        assertEquals(List.of("1: " + expected), problems(parse("exclude: 5")));
        assertEquals(List.of("1: " + expected, "1: " + expected), problems(parse("exclude: [5, true]")));
        assertEquals(List.of("3: " + expected), problems(parse("exclude:", "  - \"generated/**\"", "  - 1.5")));
        ProjectConfiguration quoted = parse("exclude: [\"5\", '2026/**', legacy/**]");
        assertEquals(List.of(), problems(quoted));
        assertEquals(List.of("5", "2026/**", "legacy/**"), quoted.excludes());
    }

    @Test
    void repeatedKeysAreProblemsAndTheLastOneWins() {
        ProjectConfiguration configuration = parse(
                "rules:", "  SL900: off", "  SL900: error", "rules:", "  SL901: off");
        assertEquals(List.of("3: Key 'SL900' repeats the one on line 2; only the last is used. Merge them into one.",
                "4: Key 'rules' repeats the one on line 1; only the last is used. Merge them into one."),
                problems(configuration));
        assertEquals(java.util.Set.of("SL901"), configuration.disabledRules());
        assertEquals(Map.of(), configuration.severities());
    }

    @Test
    void syntaxErrorsAndWrongShapes() {
        assertEquals(1, parse("rules: [", "").problems().size());
        assertTrue(problems(parse("- a")).get(0).startsWith("1: The configuration must be a mapping"));
        assertTrue(problems(parse("rules: off")).get(0).startsWith("1: 'rules' must be a mapping"));
        assertEquals(List.of(), problems(parse("# nothing configured yet")));
        assertEquals(List.of(), problems(parse("rules:")));
    }

    @Test
    void defaultFileIsFoundAtTheRootAndAnExplicitMissingFileIsAProblem() throws Exception {
        assertSame(ProjectConfiguration.NONE, loader.load(dir, null));
        Files.writeString(dir.resolve(".serverless-lint.yml"), "rules:\n  SL900: off\n");
        ProjectConfiguration found = loader.load(dir, null);
        assertEquals(".serverless-lint.yml", found.displayPath());
        assertEquals(java.util.Set.of("SL900"), found.disabledRules());

        ProjectConfiguration missing = loader.load(dir, Path.of("conf/lint.yml"));
        assertEquals("conf/lint.yml", missing.problems().get(0).path());
        assertNull(missing.includeTests());
    }

    @Test
    void problemsAreReportedAsSl001AndTheRestIsStillLinted() {
        TestProject project = new TestProject(dir)
                .file("src/main/java/A.java", "class A { String s = \"VIOLATION\"; }");
        ProjectConfiguration configuration = parse("rules:", "  SL999: off", "  SL900: error");
        LintResult result = project.lint(configuration::applyTo);
        assertEquals(List.of(".serverless-lint.yml:2 SL001", "src/main/java/A.java:1 SL900"),
                TestProject.summary(result));
        assertEquals(Severity.ERROR, result.findings().get(1).severity());
    }

    @Test
    void commandLineSettingsWin() {
        ProjectConfiguration configuration = parse("rules:", "  SL900: off", "  SL901: error");
        LintRequest request = LintRequest.of(dir)
                .withRules(java.util.Set.of("SL900"), java.util.Set.of(), Map.of("SL901", Severity.NOTE), Map.of());
        LintRequest applied = configuration.applyTo(request);
        assertTrue(applied.isEnabled("SL900"));
        assertEquals(Severity.NOTE, applied.severityOverrides().get("SL901"));
    }
}
