package dev.serverlesslint.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where the report goes: never over an input file, never silently lost, and no raw control characters. */
class ReportOutputSafetyTest {

    private static final String SERVERLESS = "service: orders\nprovider:\n  name: aws\n  runtime: java21\n";

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = ServerlessLintCommand.execute(args, new PrintWriter(out), new PrintWriter(err),
                new CliEnvironment(Map.of(), false, dir));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void outputNamingAnInputFileIsRefusedButAnEarlierReportIsReplaced() throws IOException {
        Files.writeString(dir.resolve("serverless.yml"), SERVERLESS);

        Run refused = run("--format", "json", "--output", "serverless.yml", ".");
        assertEquals(2, refused.exit(), refused.err());
        assertEquals("serverless-lint: refusing to write the report to serverless.yml: it is a file serverless-lint"
                + " reads (Java, YAML, JSON), not an earlier report; choose another file\n", refused.err());
        assertEquals(SERVERLESS, Files.readString(dir.resolve("serverless.yml")));

        Run first = run("--format", "json", "--output", "report.json", ".");
        Run again = run("--format", "json", "--output", "report.json", ".");
        assertTrue(first.exit() < 2 && again.exit() < 2, again.err());
        assertTrue(Files.readString(dir.resolve("report.json")).contains("\"tool\" : \"serverless-lint\"")
                || Files.readString(dir.resolve("report.json")).contains("\"tool\": \"serverless-lint\""));
    }

    @Test
    void anUnwritableOutputIsExitTwoWithTheFileAndTheReason() throws IOException {
        Files.writeString(dir.resolve("serverless.yml"), SERVERLESS);
        Files.writeString(dir.resolve("plain-file"), "x");

        Run failed = run("--format", "sarif", "--output", "plain-file/report.sarif", ".");

        assertEquals(2, failed.exit());
        assertEquals("serverless-lint: cannot write report " + dir.resolve("plain-file/report.sarif")
                + ": a parent of it is a file\n", failed.err());
    }

    @Test
    void aFullStandardOutputIsExitTwoWithAMessage() throws IOException {
        Path full = Path.of("/dev/full");
        Assumptions.assumeTrue(Files.isWritable(full), "no /dev/full here");
        Files.writeString(dir.resolve("serverless.yml"), SERVERLESS);
        StringWriter err = new StringWriter();
        try (PrintWriter out = new PrintWriter(new FileOutputStream(full.toFile()), true, StandardCharsets.UTF_8)) {
            int exit = ServerlessLintCommand.execute(new String[] {"--format", "sarif", "."}, out,
                    new PrintWriter(err), new CliEnvironment(Map.of(), false, dir));
            assertEquals(2, exit, err.toString());
        }
        assertEquals("serverless-lint: cannot write to standard output (disk full or pipe closed?); the report is"
                + " incomplete\n", err.toString());
    }

    @Test
    void aConfigurationKeyWithControlCharactersIsEscapedInTheTextReport() throws IOException {
        Files.writeString(dir.resolve("serverless.yml"), SERVERLESS);
        Files.writeString(dir.resolve(".serverless-lint.yml"), "\"x\\n::add-mask::secret\\e]0;owned\\a\": 1\n");

        Run run = run("--format", "text", ".");

        assertEquals(2, run.exit(), run.err());
        assertTrue(run.out().contains("Unknown key 'x\\n::add-mask::secret\\u001b]0;owned\\u0007'"), run.out());
        for (String line : (run.out() + run.err()).split("\n")) {
            assertFalse(line.strip().startsWith("::"), line);
            assertFalse(line.contains("\u001b]"), line);
        }
    }
}
