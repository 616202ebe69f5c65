package dev.serverlesslint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.serverlesslint.fixtures.FixtureProjects;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line end to end on real projects: SARIF positions, JSON, rule selection, SL000, determinism. */
class CliEndToEndTest {

    @TempDir
    Path project;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ServerlessLintCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private void write(String relative, String content) throws IOException {
        Path file = project.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private void writeViolatingProject() throws IOException {
        write("src/main/java/com/example/Handler.java", """
                package com.example;

                import com.amazonaws.services.lambda.runtime.Context;
                import com.amazonaws.services.lambda.runtime.RequestHandler;
                import com.fasterxml.jackson.databind.ObjectMapper;

                public class Handler implements RequestHandler<String, String> {
                    @Override
                    public String handleRequest(String input, Context context) {
                        ObjectMapper mapper = new ObjectMapper();
                        return mapper.valueToTree(input).toString();
                    }
                }
                """);
        write("serverless.yml", """
                service: demo
                provider:
                  name: aws
                  runtime: java21
                  tracing:
                    lambda: true
                  logRetentionInDays: 14
                functions:
                  hello:
                    handler: com.example.Handler
                    reservedConcurrency: 5
                """);
    }

    @Test
    void sarifReportNamesEachFindingAtItsLineAndExitsOne() throws IOException {
        writeViolatingProject();
        Path report = project.resolve("out/report.sarif");
        Run run = run("--format", "sarif", "--output", report.toString(), project.toString());
        assertEquals(1, run.exitCode(), run.err());
        JsonNode sarif = new ObjectMapper().readTree(report.toFile());
        assertEquals("2.1.0", sarif.get("version").asText());
        List<String> results = new ArrayList<>();
        for (JsonNode result : sarif.at("/runs/0/results")) {
            JsonNode location = result.at("/locations/0/physicalLocation");
            results.add(result.get("ruleId").asText() + " " + location.at("/artifactLocation/uri").asText() + ":"
                    + location.at("/region/startLine").asInt() + ":" + location.at("/region/startColumn").asInt()
                    + " " + location.at("/artifactLocation/uriBaseId").asText());
        }
        assertEquals(List.of(
                "SL201 serverless.yml:9:3 %SRCROOT%",
                "SL103 src/main/java/com/example/Handler.java:10:31 %SRCROOT%"), results);
        assertEquals("serverless-lint/", sarif.at("/runs/0/automationDetails/id").asText(),
                "the whole project, which is in no git repository");
        JsonNode rules = sarif.at("/runs/0/tool/driver/rules");
        assertTrue(rules.size() >= 4);
        for (JsonNode rule : rules) {
            assertTrue(rule.at("/shortDescription/text").asText().length() > 10, rule.toString());
            assertTrue(rule.at("/fullDescription/text").asText().length() > 10, rule.toString());
            assertTrue(rule.at("/help/text").asText().length() > 10, rule.toString());
        }
    }

    @Test
    void sarifCategoryNamesTheLintedDirectoryInItsRepositoryOrWhatTheUserChose() throws IOException {
        writeViolatingProject();
        Files.createDirectories(project.getParent().resolve(project.getFileName() + "-repo/.git"));
        Path repository = project.getParent().resolve(project.getFileName() + "-repo");
        Path module = Files.createDirectories(repository.resolve("services/hello"));
        Files.writeString(module.resolve("serverless.yml"), Files.readString(project.resolve("serverless.yml")));
        Path report = project.resolve("out/report.sarif");
        assertEquals(1, run("--format", "sarif", "--output", report.toString(), module.toString()).exitCode());
        assertEquals("serverless-lint/services/hello/",
                new ObjectMapper().readTree(report.toFile()).at("/runs/0/automationDetails/id").asText());
        assertEquals(1, run("--format", "sarif", "--sarif-category", "lambda/hello", "--output", report.toString(),
                module.toString()).exitCode());
        assertEquals("lambda/hello/",
                new ObjectMapper().readTree(report.toFile()).at("/runs/0/automationDetails/id").asText());
        Run empty = run("--format", "sarif", "--sarif-category", "/", module.toString());
        assertEquals(2, empty.exitCode());
        assertTrue(empty.err().contains("Invalid value for option '--sarif-category': the category must not be empty"),
                empty.err());
    }

    @Test
    void junitFailuresFollowTheSeverityThresholdAndGitlabIssuesNameTheirRule() throws IOException {
        writeViolatingProject();
        Run warnings = run("--format", "junit", project.toString());
        assertEquals(1, warnings.exitCode(), warnings.err());
        assertTrue(warnings.out().contains("<testsuite name=\"serverless-lint\" tests=\"2\" failures=\"2\" errors=\"0\""),
                warnings.out());
        Run errorsOnly = run("--format", "junit", "--severity-threshold", "error", project.toString());
        assertEquals(0, errorsOnly.exitCode(), errorsOnly.err());
        assertTrue(errorsOnly.out().contains("<testsuite name=\"serverless-lint\" tests=\"2\" failures=\"0\""),
                errorsOnly.out());
        JsonNode gitlab = new ObjectMapper().readTree(run("--format", "gitlab", project.toString()).out());
        assertEquals(List.of("serverless-lint:SL201 major serverless.yml:9",
                        "serverless-lint:SL103 major src/main/java/com/example/Handler.java:10"),
                List.of(gitlab.get(0), gitlab.get(1)).stream().map(issue -> issue.get("check_name").asText() + " "
                        + issue.get("severity").asText() + " " + issue.at("/location/path").asText() + ":"
                        + issue.at("/location/lines/begin").asInt()).toList());
    }

    @Test
    void selectingAndDisablingTheSameRulesIsAUsageError() throws IOException {
        writeViolatingProject();
        Run none = run("--rule", "SL103", "--disable", "SL103", project.toString());
        assertEquals(2, none.exitCode(), none.out());
        assertTrue(none.err().contains("--rule SL103 and --disable leave no rule to run"), none.err());
        assertEquals(1, run("--rule", "SL103,SL201", "--disable", "SL103", project.toString()).exitCode(),
                "SL201 is left to run");
    }

    @Test
    void listRulesAsJsonForTools() throws IOException {
        Run listed = run("--list-rules", "--format", "json");
        assertEquals(0, listed.exitCode(), listed.err());
        JsonNode rules = new ObjectMapper().readTree(listed.out());
        assertTrue(rules.isArray() && rules.size() >= 30, listed.out());
        JsonNode timeout = null;
        for (JsonNode rule : rules) {
            if (rule.get("id").asText().equals("SL203")) {
                timeout = rule;
            }
        }
        assertEquals("api-timeout-exceeds-gateway", timeout.get("name").asText());
        assertEquals("warning", timeout.get("severity").asText());
        assertEquals("reliability", timeout.get("category").asText());
        assertEquals("https://github.com/serverless-lint/serverless-lint/blob/main/docs/rules/SL203.md",
                timeout.get("docsUrl").asText());
        assertTrue(timeout.get("summary").asText().startsWith("A function behind API Gateway"), timeout.toString());
        assertEquals("maxApiTimeout", timeout.at("/options/0/name").asText());
        assertEquals("29", timeout.at("/options/0/default").asText());
        assertTrue(run("--list-rules").out().startsWith("SL000  error"), "text without --format json");
    }

    @Test
    void aBaselineRunSaysHowManyFindingsItHid() throws IOException {
        writeViolatingProject();
        Path baseline = project.resolve("baseline.json");
        assertEquals(0, run("--write-baseline", baseline.toString(), project.toString()).exitCode());
        Run hidden = run("--baseline", baseline.toString(), project.toString());
        assertEquals(0, hidden.exitCode(), hidden.err());
        assertTrue(hidden.err().contains("serverless-lint: the baseline " + baseline + " hid 2 accepted finding(s)"),
                hidden.err());
    }

    @Test
    void aMissingPathIsEchoedAsTyped() {
        Run absolute = run("/nonexistent/serverless-lint-test/path");
        assertEquals(2, absolute.exitCode());
        assertTrue(absolute.err().contains("serverless-lint: path does not exist: /nonexistent/serverless-lint-test/path"),
                absolute.err());
        Run relative = run("no/such/../dir");
        assertTrue(relative.err().contains("path does not exist: no/such/../dir"), relative.err());
    }

    @Test
    void anOptionAfterEndOfOptionsIsAMissingPathThatSaysWhereOptionsGo() {
        // pre-commit appends a hook's args after the entry's '--'
        Run run = run("--", "--include-tests");
        assertEquals(2, run.exitCode());
        assertEquals("serverless-lint: path does not exist: --include-tests (after '--' every argument is a path;"
                + " under pre-commit, give options in the hook's entry before its '--' or in .serverless-lint.yml,"
                + " not in args)\n", run.err());
    }

    @Test
    void anInputThatCannotBeExaminedSaysWhy() throws IOException {
        Files.createSymbolicLink(project.resolve("loop"), project.resolve("loop"));
        Run run = run(project.resolve("loop/serverless.yml").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("serverless-lint: cannot read " + project.resolve("loop/serverless.yml")
                + ": too many levels of symbolic links"), run.err());
    }

    /** Permissions do not stop root: these run where the tests do not run as root (CI's usual user). */
    @Test
    void unreadableInputsSayPermissionDenied() throws IOException {
        writeViolatingProject();
        Path locked = project.resolve("locked");
        write("locked/serverless.yml", "service: x\n");
        write("baseline.json", "{}");
        Path handler = project.resolve("src/main/java/com/example/Handler.java");
        Set<PosixFilePermission> none = Set.of();
        Files.setPosixFilePermissions(handler, none);
        Files.setPosixFilePermissions(project.resolve("baseline.json"), none);
        Files.setPosixFilePermissions(locked, none);
        try {
            Assumptions.assumeFalse(Files.isReadable(handler), "permissions are not enforced for this user (root)");
            Run lint = run(project.toString());
            assertEquals(1, lint.exitCode(), lint.err());
            assertTrue(lint.out().contains("SL000 parse-error  not linted: this entry cannot be read (permission"
                    + " denied); anything below it is not checked"), lint.out());
            assertTrue(lint.out().contains("SL000 parse-error  cannot read this file: permission denied"), lint.out());

            Run inLocked = run(locked.resolve("serverless.yml").toString());
            assertEquals("serverless-lint: cannot read " + locked.resolve("serverless.yml") + ": permission denied\n",
                    inLocked.err());

            Run baseline = run("--baseline", project.resolve("baseline.json").toString(), project.toString());
            assertEquals(2, baseline.exitCode());
            assertTrue(baseline.out().contains("Cannot read the baseline file: permission denied.\n"), baseline.out());
            assertFalse(baseline.err().contains("hid"), baseline.err());
        } finally {
            Set<PosixFilePermission> all = PosixFilePermissions.fromString("rwx------");
            Files.setPosixFilePermissions(handler, all);
            Files.setPosixFilePermissions(project.resolve("baseline.json"), all);
            Files.setPosixFilePermissions(locked, all);
        }
    }

    @Test
    void aMissingBaselineSaysHowToCreateIt() throws IOException {
        writeViolatingProject();
        Run run = run("--baseline", project.resolve("none.json").toString(), project.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.out().contains("Cannot read the baseline file: no such file or directory. Create it with"
                + " --write-baseline "), run.out());
        assertFalse(run.err().contains("hid"), "an unread baseline hid nothing: " + run.err());
    }

    @Test
    void anExplicitPathWithNothingLintableSaysSo() throws IOException {
        write("README.md", "# demo\n");
        write("docs/guide.md", "# guide\n");
        write("src/test/java/com/example/HandlerTest.java", "package com.example;\nclass HandlerTest {}\n");
        Run readme = run(project.resolve("README.md").toString());
        assertEquals(2, readme.exitCode(), readme.out());
        assertTrue(readme.err().contains("serverless-lint: nothing to lint in " + project.resolve("README.md")
                + ": no Java, YAML, JSON, .template or pom.xml file there"), readme.err());
        assertEquals(2, run(project.resolve("docs").toString()).exitCode());
        Run testOnly = run(project.resolve("src/test/java/com/example/HandlerTest.java").toString());
        assertEquals(0, testOnly.exitCode(), "a staged test file (skipped by default) is a clean run: " + testOnly.err());
    }

    @Test
    void diffBaseOutsideAGitRepositoryIsOneLine() throws IOException {
        writeViolatingProject();
        Run run = run("--diff-base", "nosuchref", project.toString());
        assertEquals(2, run.exitCode());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("not a git repository"), run.err());
    }

    @Test
    void anUnwritableOutputSaysWhatFailedAndWhy() throws IOException {
        writeViolatingProject();
        Files.writeString(project.resolve("occupied"), "a file, not a directory");
        Run run = run("--output", project.resolve("occupied/report.json").toString(), project.toString());
        assertEquals(2, run.exitCode());
        assertEquals("serverless-lint: cannot write report " + project.resolve("occupied/report.json")
                + ": a parent of it is a file\n", run.err());
    }

    @Test
    void cleanProjectExitsZero() throws IOException {
        Run run = run(FixtureProjects.project("clean-service").toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().startsWith("No findings"), run.out());
    }

    @Test
    void thresholdAboveTheFindingsExitsZero() throws IOException {
        writeViolatingProject();
        assertEquals(0, run("--severity-threshold", "error", project.toString()).exitCode());
    }

    @Test
    void unknownOptionIsAUsageErrorWithExitTwo() {
        Run run = run("--zzz");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Unknown option: '--zzz'"), run.err());
        assertTrue(run.err().contains("Usage: serverless-lint"), run.err());
        Run nearMiss = run("--no-such-option");
        assertEquals(2, nearMiss.exitCode());
        assertTrue(nearMiss.err().contains("Possible solutions: --no-cache"), nearMiss.err());
    }

    @Test
    void unknownRuleIdAndMissingPathAreErrorsWithExitTwo() {
        assertEquals(2, run("--rule", "SL999", project.toString()).exitCode());
        Run missing = run(project.resolve("nope").toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("does not exist"), missing.err());
    }

    @Test
    void brokenFileIsReportedAndTheRestIsStillLinted() throws IOException {
        writeViolatingProject();
        write("src/main/java/com/example/Broken.java", "class Broken { void f( { }\n");
        Run run = run("--format", "json", project.toString());
        assertEquals(1, run.exitCode());
        JsonNode findings = new ObjectMapper().readTree(run.out()).get("findings");
        List<String> ids = new ArrayList<>();
        findings.forEach(f -> ids.add(f.get("ruleId").asText() + " " + f.get("path").asText()));
        assertEquals(List.of("SL201 serverless.yml", "SL000 src/main/java/com/example/Broken.java",
                "SL103 src/main/java/com/example/Handler.java"), ids);
    }

    @Test
    void ruleSelectionRunsOnlyTheChosenRules() throws IOException {
        writeViolatingProject();
        Run only = run("--format", "json", "--rule", "SL201", project.toString());
        assertTrue(only.out().contains("SL201") && !only.out().contains("\"SL103\""), only.out());
        Run disabled = run("--format", "json", "--disable", "SL201,SL103", project.toString());
        assertEquals(0, disabled.exitCode(), disabled.out());
    }

    @Test
    void listRulesShowsEveryRuleWithSeverityAndSummary() {
        Run run = run("--list-rules");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("SL000  error    parse-error"), run.out());
        assertTrue(run.out().contains("SL103  warning  handler-scoped-client"), run.out());
    }

    @Test
    void outputIsTheSameBytesWhateverTheThreadCount() {
        String fixtures = FixtureProjects.directory().toString();
        Run single = run("--format", "sarif", "--threads", "1", fixtures);
        Run parallel = run("--format", "sarif", "--threads", "4", fixtures);
        assertTrue(single.out().contains("\"results\""));
        assertEquals(single.out(), parallel.out());
        assertEquals(run("--threads", "1", fixtures).out(), run("--threads", "3", fixtures).out());
    }
}
