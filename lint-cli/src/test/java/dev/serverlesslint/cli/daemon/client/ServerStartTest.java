package dev.serverlesslint.cli.daemon.client;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When a client that finds no server starts one, and with which archive. */
class ServerStartTest {

    @TempDir
    Path directory;

    @Test
    void aServerIsStartedForTheSecondCommandWithinTheIdleTime() throws Exception {
        assertFalse(LintClient.lintedRecently(directory, "0123", 900), "the first command starts none");
        assertTrue(Files.isRegularFile(directory.resolve("0123.used")), "but is recorded");
        assertTrue(LintClient.lintedRecently(directory, "0123", 900), "the next one within 15 minutes starts one");
        assertFalse(LintClient.lintedRecently(directory, "4567", 900), "another identity has its own record");
        // The last command was 16 minutes ago: as the first of a sitting.
        Files.setLastModifiedTime(directory.resolve("0123.used"),
                FileTime.fromMillis(System.currentTimeMillis() - 16 * 60 * 1000));
        assertFalse(LintClient.lintedRecently(directory, "0123", 900));
        assertTrue(LintClient.lintedRecently(directory, "0123", 900), "and the one after it starts one");
        assertFalse(LintClient.lintedRecently(directory.resolve("missing"), "0123", 900),
                "a record that cannot be kept starts no server");
    }

    @Test
    void theServerMapsTheLaunchersArchiveQuietly() {
        assertEquals(List.of("-XX:AOTCache=/opt/sl/serverless-lint.jdk-25.aot", "-Xlog:aot=off"),
                LintClient.archiveFlags("-XX:AOTCache=/opt/sl/serverless-lint.jdk-25.aot"));
        assertEquals(List.of("-XX:SharedArchiveFile=/opt/sl/serverless-lint.jsa", "-Xlog:cds=off",
                        "-Xlog:cds+dynamic=off"),
                LintClient.archiveFlags("-XX:SharedArchiveFile=/opt/sl/serverless-lint.jsa"));
        // none (the launcher found no archive), and nothing but an archive flag
        assertEquals(List.of(), LintClient.archiveFlags(null));
        assertEquals(List.of(), LintClient.archiveFlags(""));
        assertEquals(List.of(), LintClient.archiveFlags("-XX:AOTCache="));
        assertEquals(List.of(), LintClient.archiveFlags("-XX:+UnlockDiagnosticVMOptions"));
    }
}
