package dev.serverlesslint.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line's project workflows: configuration, baseline, diff mode and changed-files mode. */
class ProjectWorkflowsTest {

    private static final String HANDLER = "src/main/java/com/example/OrderHandler.java";

    @TempDir
    Path dir;

    private static String[] handler(String... extraBodyLines) {
        List<String> lines = new java.util.ArrayList<>(List.of(
                "package com.example;",
                "",
                "import com.amazonaws.services.lambda.runtime.Context;",
                "import com.amazonaws.services.lambda.runtime.RequestHandler;",
                "import software.amazon.awssdk.services.s3.S3Client;",
                "",
                "public class OrderHandler implements RequestHandler<String, String> {",
                "    @Override",
                "    public String handleRequest(String input, Context context) {"));
        lines.addAll(List.of(extraBodyLines));
        lines.addAll(List.of(
                "        S3Client s3 = S3Client.create();",
                "        return input;",
                "    }",
                "}"));
        return lines.toArray(String[]::new);
    }

    private static final String[] SERVERLESS = {
            "service: orders",
            "provider:",
            "  name: aws",
            "  runtime: java21",
            "functions:",
            "  create:",
            "    handler: com.example.OrderHandler",
            "  update:",
            "    handler: com.example.OrderHandler",
            "    timeout: 10"};

    private void write(String path, String... lines) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", lines) + "\n");
    }

    private String root() {
        return dir.toString();
    }

    @Test
    void configurationFileSetsSeveritiesAndSwitchesRulesOff() throws IOException {
        write(HANDLER, handler());
        write("serverless.yml", SERVERLESS);
        assertEquals(List.of("serverless.yml:6 SL201", HANDLER + ":10 SL103"), CliRun.json(root()).findings());
        write(".serverless-lint.yml", "rules:", "  SL201: off", "  SL103: note");
        CliRun run = CliRun.json(root());
        assertEquals(List.of(HANDLER + ":10 SL103"), run.findings());
        assertEquals(0, run.exitCode(), "a note is below the default threshold");
        write("other.yml", "rules:", "  SL103: error");
        assertEquals(1, CliRun.json("--config", dir.resolve("other.yml").toString(), root()).exitCode());
    }

    @Test
    void testSourcesAreOffByDefaultAndTurnedOnByTheOptionOrTheConfiguration() throws IOException {
        String testHandler = "src/test/java/com/example/OrderHandler.java";
        write(testHandler, handler());
        assertEquals(List.of(), CliRun.json(root()).findings());
        assertEquals(List.of(testHandler + ":10 SL103"), CliRun.json("--include-tests", root()).findings());
        write(".serverless-lint.yml", "includeTests: true");
        assertEquals(List.of(testHandler + ":10 SL103"), CliRun.json(root()).findings());
        write(".serverless-lint.yml", "includeTests: false");
        assertEquals(List.of(), CliRun.json("--include-tests", root()).findings(),
                "the configuration file, when it says, wins as in the Maven plugin");
    }

    @Test
    void invalidConfigurationIsSl001WithTheLineExitTwoAndNothingElseLost() throws IOException {
        write(HANDLER, handler());
        write("serverless.yml", SERVERLESS);
        write(".serverless-lint.yml", "rules:", "  SL201: off", "  SL777: off");
        CliRun run = CliRun.json(root());
        assertEquals(2, run.exitCode());
        assertEquals(List.of(".serverless-lint.yml:3 SL001", HANDLER + ":10 SL103"), run.findings());
        assertTrue(run.stderr().contains("configuration is invalid"), run.stderr());
    }

    @Test
    void baselineHidesAcceptedFindingsEvenWhenTheyMoveAndShowsNewOnes() throws IOException {
        write(HANDLER, handler());
        write("serverless.yml", SERVERLESS);
        Path baseline = dir.resolve("lint-baseline.json");
        CliRun written = CliRun.json("--write-baseline", baseline.toString(), root());
        assertEquals(0, written.exitCode(), written.stderr());
        assertTrue(written.stderr().contains("wrote 2 finding(s)"), written.stderr());

        CliRun unchanged = CliRun.json("--baseline", baseline.toString(), root());
        assertEquals(List.of(), unchanged.findings());
        assertEquals(0, unchanged.exitCode());

        write(HANDLER, handler("        String greeting = \"moved the client down\";",
                "        S3Client another = S3Client.builder().build();"));
        CliRun later = CliRun.json("--baseline", baseline.toString(), root());
        assertEquals(List.of(HANDLER + ":11 SL103"), later.findings());
        assertEquals(1, later.exitCode());
    }

    @Test
    void badBaselineIsSl001AndExitTwo() throws IOException {
        write("serverless.yml", SERVERLESS);
        write("baseline.json", "[1, 2]");
        CliRun run = CliRun.json("--baseline", dir.resolve("baseline.json").toString(), root());
        assertEquals(2, run.exitCode());
        assertTrue(run.findings().contains("serverless.yml:6 SL201"), run.findings().toString());
        assertTrue(run.findings().stream().anyMatch(f -> f.endsWith("baseline.json:1 SL001")),
                run.findings().toString());
    }

    @Test
    void diffModeReportsOnlyFindingsOnLinesChangedSinceTheRef() throws Exception {
        Assumptions.assumeTrue(GitRepository.gitAvailable(), "git is not installed");
        GitRepository repository = new GitRepository(dir);
        repository.write(HANDLER, handler()).write("serverless.yml", SERVERLESS).commitAll("initial");
        repository.write(HANDLER, handler("        S3Client another = S3Client.builder().build();"))
                .write("serverless.yml", append(SERVERLESS, "  delete:", "    handler: com.example.OrderHandler"))
                .write("src/main/java/com/example/NewHandler.java", handler());

        CliRun all = CliRun.json("--root", root());
        assertEquals(5, all.findings().size(), all.findings().toString());
        CliRun changed = CliRun.json("--root", root(), "--diff-base", "HEAD");
        // The new function, the new line of the changed handler, and the untracked new file.
        assertEquals(List.of("serverless.yml:11 SL201", "src/main/java/com/example/NewHandler.java:10 SL103",
                HANDLER + ":10 SL103"), changed.findings());

        CliRun badRef = CliRun.json("--root", root(), "--diff-base", "no-such-ref");
        assertEquals(2, badRef.exitCode());
        assertTrue(badRef.stderr().contains("git"), badRef.stderr());
    }

    @Test
    void changedFilesModeAnalysesTheProjectButReportsOnlyTheGivenFiles() throws IOException {
        write("pom.xml", "<project/>");
        write(HANDLER, handler());
        write("serverless.yml", SERVERLESS);
        write("src/main/java/com/example/Other.java", handler());

        CliRun onlyHandler = CliRun.json(dir.resolve(HANDLER).toString());
        assertEquals(List.of(HANDLER + ":10 SL103"), onlyHandler.findings());
        assertEquals(1, onlyHandler.exitCode());

        CliRun onlyConfig = CliRun.json(dir.resolve("serverless.yml").toString());
        assertEquals(List.of("serverless.yml:6 SL201"), onlyConfig.findings());

        CliRun withRoot = CliRun.json("--root", root(), dir.resolve("src/main/java/com/example/Other.java").toString());
        assertEquals(List.of("src/main/java/com/example/Other.java:10 SL103"), withRoot.findings());

        write("README.md", "# not linted");
        CliRun nothingToLint = CliRun.json(dir.resolve("README.md").toString());
        assertEquals(2, nothingToLint.exitCode(), "a file the linter does not read, given explicitly, is a usage error");
    }

    @Test
    void changedFilesModeSuppressionsStillApplyAcrossTheProject() throws IOException {
        write("pom.xml", "<project/>");
        write(HANDLER, handler("        // serverless-lint:disable-next-line SL103 -- accepted: one-off tool"));
        CliRun run = CliRun.json(dir.resolve(HANDLER).toString());
        assertEquals(List.of(), run.findings());
    }

    private static String[] append(String[] lines, String... more) {
        List<String> all = new java.util.ArrayList<>(List.of(lines));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }
}
