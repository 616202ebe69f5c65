package dev.serverlesslint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** File names that look like options, as pre-commit passes staged files: after {@code --} they are files. */
class OptionLikeFileNamesTest {

    private static final String SERVERLESS = "service: orders\nprovider:\n  name: aws\n  runtime: java21\n";

    @TempDir
    Path dir;

    @Test
    void aStagedFileNamedLikeAnOptionIsLintedNotObeyed() throws IOException {
        Files.writeString(dir.resolve("serverless.yml"), SERVERLESS);
        Files.writeString(dir.resolve("--output=serverless.yml"), "key: value\n");
        Files.writeString(dir.resolve("--format=sarif.yml"), "key: value\n");

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = ServerlessLintCommand.execute(
                new String[] {"--format", "json", "--", "--output=serverless.yml", "--format=sarif.yml", "serverless.yml"},
                new PrintWriter(out), new PrintWriter(err), new CliEnvironment(Map.of(), false, dir));

        assertEquals(SERVERLESS, Files.readString(dir.resolve("serverless.yml")), "serverless.yml was overwritten");
        assertTrue(out.toString().startsWith("{"), "the report is JSON on standard output: " + out + err);
        assertTrue(exit == 0 || exit == 1, err.toString());
    }
}
