package dev.serverlesslint.cli;

import dev.serverlesslint.fixtures.FixtureProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.serverlesslint.core.report.ReportFormat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The command end to end on fixture projects, with an injected environment (variables, terminal,
 * working directory). Only SL103 and SL201 run, so rules added later do not change these outputs.
 */
class ServerlessLintCommandTest {

    private static final String[] RULES = {"--rule", "SL103,SL201"};
    private static final String ESC = "\u001B[";

    @TempDir
    Path temp;

    record Run(int exitCode, String out, String err) {
    }

    private static Run run(CliEnvironment environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(RULES));
        all.addAll(List.of(args));
        int code = ServerlessLintCommand.execute(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err),
                environment);
        return new Run(code, out.toString(), err.toString());
    }

    private static CliEnvironment in(String project, Map<String, String> variables, boolean terminal) {
        return new CliEnvironment(variables, terminal, FixtureProjects.project(project));
    }

    private static CliEnvironment inSample() {
        return in("sample-order-service", Map.of(), false);
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void everyFormatReportsTheFindingsWithRelativePathsAndExitCodeOne(ReportFormat format) {
        Run run = run(inSample(), "--format", format.cliName());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.out().contains("serverless.yml"), run.out());
        assertTrue(run.out().contains("src/main/java/com/example/orders/GetOrderHandler.java"), run.out());
        assertFalse(run.out().contains(FixtureProjects.directory().toString()), "absolute path in " + run.out());
        assertFalse(run.out().contains(ESC), "colour outside a terminal");
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void everyFormatExitsZeroOnACleanProject(ReportFormat format) {
        Run run = run(in("clean-service", Map.of(), false), "--format", format.cliName());
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void textShowsTheSourceLineWithACaretAndTotals() {
        Run run = run(inSample());
        assertEquals(String.join("\n",
                "serverless.yml",
                "  17:3  warning  SL201 missing-timeout  Function 'getOrder' has no timeout and 'provider' sets none, "
                        + "so it gets the Serverless Framework default of 6 s. Set 'timeout' on the function or in "
                        + "'provider'.",
                "    17 |   getOrder: # expect: SL201",
                "       |   ^",
                "",
                "src/main/java/com/example/orders/GetOrderHandler.java",
                "  17:33  warning  SL103 handler-scoped-client  GetOrderHandler.handleRequest -> DynamoDbClient.create() "
                        + "creates a client on every invocation. Create it once during init (a static final field or "
                        + "the handler's constructor) and reuse it.",
                "    17 |         DynamoDbClient dynamo = DynamoDbClient.create(); // expect: SL103, SL107",
                "       |                                 ^",
                "",
                "2 findings (0 errors, 2 warnings, 0 notes) in 2 files; 3 files checked.",
                "  SL103 handler-scoped-client: 1",
                "  SL201 missing-timeout: 1",
                ""), run.out());
    }

    @Test
    void colourOnlyOnATerminalAndNeverWithNoColor() {
        assertTrue(run(in("sample-order-service", Map.of(), true)).out().contains(ESC));
        assertFalse(run(in("sample-order-service", Map.of("NO_COLOR", "1"), true)).out().contains(ESC));
        assertTrue(run(in("sample-order-service", Map.of("NO_COLOR", ""), true)).out().contains(ESC),
                "an empty NO_COLOR does not count");
        assertFalse(run(in("sample-order-service", Map.of(), true), "--color", "never").out().contains(ESC));
        assertTrue(run(inSample(), "--color", "always").out().contains(ESC));
    }

    @Test
    void noColourOnADumbTerminalAndUnderPreCommitItsOwnSetting() {
        assertFalse(run(in("sample-order-service", Map.of("TERM", "dumb"), true)).out().contains(ESC));
        assertTrue(run(in("sample-order-service", Map.of("TERM", "xterm-256color"), true)).out().contains(ESC));
        assertTrue(run(in("sample-order-service", Map.of("PRE_COMMIT_COLOR", "always"), false)).out().contains(ESC),
                "pre-commit captures hook output and colours it when its own --color says so");
        assertFalse(run(in("sample-order-service", Map.of("PRE_COMMIT_COLOR", "never"), true)).out().contains(ESC));
        assertFalse(run(in("sample-order-service", Map.of("PRE_COMMIT_COLOR", "always", "NO_COLOR", "1"), true))
                .out().contains(ESC));
        assertTrue(run(in("sample-order-service", Map.of("TERM", "dumb"), false), "--color", "always").out()
                .contains(ESC), "an explicit --color always wins");
    }

    @Test
    void reportFilesAreNeverColouredAutomatically() throws IOException {
        Path report = temp.resolve("out/report.txt");
        Run run = run(in("sample-order-service", Map.of(), true), "--output", report.toString());
        assertEquals(1, run.exitCode());
        String text = Files.readString(report);
        assertTrue(text.contains("17 |   getOrder:"), text);
        assertFalse(text.contains(ESC), text);
        assertTrue(run.err().endsWith("2 finding(s) written to " + report + "\n"), run.err());
    }

    @Test
    void githubFormatAppendsAMarkdownSummaryWhenGithubStepSummaryIsSet() throws IOException {
        Path summary = temp.resolve("step-summary.md");
        Files.writeString(summary, "previous step\n");
        Run run = run(in("sample-order-service", Map.of("GITHUB_STEP_SUMMARY", summary.toString()), false),
                "--format", "github");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("::warning file=serverless.yml,line=17,col=3,title=SL201 missing-timeout::"),
                run.out());
        String markdown = Files.readString(summary, StandardCharsets.UTF_8);
        assertTrue(markdown.startsWith("previous step\n## serverless-lint\n"), markdown);
        assertTrue(markdown.contains("| src/main/java/com/example/orders/GetOrderHandler.java:17:33 | SL103 | warning |"),
                markdown);
    }

    @Test
    void noStepSummaryForOtherFormatsOrWithoutTheVariable() throws IOException {
        Path summary = temp.resolve("step-summary.md");
        run(in("sample-order-service", Map.of("GITHUB_STEP_SUMMARY", summary.toString()), false), "--format", "sarif");
        assertFalse(Files.exists(summary));
        Run run = run(in("sample-order-service", Map.of("GITHUB_STEP_SUMMARY", ""), false), "--format", "github");
        assertEquals(1, run.exitCode());
        assertEquals("", run.err());
    }

    @Test
    void unwritableStepSummaryIsReportedButDoesNotChangeTheExitCode() {
        Path summary = temp.resolve("no-such-dir/summary.md");
        Run run = run(in("sample-order-service", Map.of("GITHUB_STEP_SUMMARY", summary.toString()), false),
                "--format", "github");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("serverless-lint: cannot write the step summary to " + summary), run.err());
    }

    @Test
    void docsBaseUrlCanBeChangedOrRemoved() {
        Run custom = run(inSample(), "--format", "github", "--docs-base-url", "https://example.com/rules");
        assertTrue(custom.out().contains("%0Ahttps://example.com/rules/SL103.md"), custom.out());
        Run none = run(inSample(), "--format", "sarif", "--docs-base-url", "");
        assertFalse(none.out().contains("helpUri"), none.out());
    }

    @Test
    void severityThresholdDecidesTheExitCode() {
        assertEquals(0, run(inSample(), "--severity-threshold", "error").exitCode());
        assertEquals(1, run(inSample(), "--severity-threshold", "note").exitCode());
    }

    @Test
    void usageErrorsExitWithTwo() {
        Run badFormat = run(inSample(), "--format", "xml");
        assertEquals(2, badFormat.exitCode());
        assertTrue(badFormat.err().contains("expected one of text, json, sarif, checkstyle, rdjson, github, gitlab, junit"),
                badFormat.err());
        assertEquals(2, run(inSample(), "--color", "sometimes").exitCode());
        assertEquals(2, run(inSample(), "--disable", "SL999").exitCode());
        assertEquals(2, run(inSample(), "no/such/path").exitCode());
    }

    @Test
    void noConsoleMeansNoTerminal() {
        assertFalse(CliEnvironment.isInteractiveTerminal(null));
    }

    @Test
    void noProgressOutputOutsideATerminal() {
        Run run = run(inSample(), "--format", "json");
        assertEquals("", run.err());
    }
}
