package dev.serverlesslint.core.source;

import dev.serverlesslint.core.engine.RuleSet;
import dev.serverlesslint.core.engine.SourceReader;
import dev.serverlesslint.core.finding.ConfigurationProblem;
import dev.serverlesslint.core.project.ProjectConfiguration;
import dev.serverlesslint.core.project.ProjectConfigurationLoader;
import dev.serverlesslint.core.report.SourceLines;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Files a hostile repository arranges: links pointing outside the root, a source swapped for a link
 * or a FIFO between discovery and reading, sparse files of gigabytes. None is followed, none blocks,
 * none is read whole; each becomes a clear message.
 */
class HostileFilesTest {

    private static final String SECRET = "root:x:0:0:secret-first-line";

    @TempDir
    Path dir;

    private Path root() throws IOException {
        return Files.createDirectories(dir.resolve("project"));
    }

    private Path outsideSecret() throws IOException {
        return Files.writeString(dir.resolve("passwd"), SECRET + "\nsecond: line\n");
    }

    @Test
    void aConfigurationFileLinkedOutsideTheRootIsNotRead() throws IOException {
        Path root = root();
        Files.createSymbolicLink(root.resolve(".serverless-lint.yml"), outsideSecret());

        ProjectConfiguration configuration = new ProjectConfigurationLoader(RuleSet.discover(getClass().getClassLoader()))
                .load(root, null);

        assertEquals(List.of("The configuration file was not read: it is a symbolic link to a file outside the"
                        + " project root."),
                configuration.problems().stream().map(ConfigurationProblem::message).toList());
    }

    @Test
    void aConfigurationFileLinkedInsideTheRootIsRead() throws IOException {
        Path root = root();
        Files.writeString(root.resolve("shared.yml"), "exclude: [\"generated/**\"]\n");
        Files.createSymbolicLink(root.resolve(".serverless-lint.yml"), root.resolve("shared.yml"));

        ProjectConfiguration configuration = new ProjectConfigurationLoader(RuleSet.discover(getClass().getClassLoader()))
                .load(root, null);

        assertEquals(List.of(), configuration.problems());
    }

    @Test
    void aSourceSwappedForALinkAfterDiscoveryIsNotFollowed() throws IOException {
        Path root = root();
        Path handler = Files.writeString(Files.createDirectories(root.resolve("src")).resolve("Handler.java"),
                "class Handler {}\n");
        List<SourceFile> found = new FileDiscovery(root, FileSelection.everything()).discover(List.of());
        assertEquals(1, found.size());
        Files.delete(handler);
        Files.createSymbolicLink(handler, outsideSecret());

        ParseOutcome<?> outcome = new SourceReader(1 << 20).read(found.get(0));

        assertNull(outcome.value());
        assertEquals("not read: it is a symbolic link, which is not followed", outcome.failure().message());
        assertFalse(SourceLines.under(root).line("src/Handler.java", 1).isPresent(), "the report echoed the link");
    }

    @Test
    void aSourceSwappedForAFifoAfterDiscoveryDoesNotBlock() throws Exception {
        Path root = root();
        Path handler = Files.writeString(Files.createDirectories(root.resolve("src")).resolve("Handler.java"),
                "class Handler {}\n");
        List<SourceFile> found = new FileDiscovery(root, FileSelection.everything()).discover(List.of());
        Files.delete(handler);
        Process mkfifo = new ProcessBuilder("mkfifo", handler.toString()).start();
        Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available");

        ParseOutcome<?> outcome = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> new SourceReader(1 << 20).read(found.get(0)));

        assertEquals("not read: it is not a regular file (a pipe, socket or device)", outcome.failure().message());
        assertFalse(assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> SourceLines.under(root).line("src/Handler.java", 1).isPresent()));
    }

    @Test
    void aSparseFileOfGigabytesIsRefusedBeforeItIsRead() throws IOException {
        Path root = root();
        Path huge = Files.createDirectories(root.resolve("src")).resolve("Huge.java");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(2_500_000_000L);
        }
        List<SourceFile> found = new FileDiscovery(root, FileSelection.everything()).discover(List.of());

        ParseOutcome<?> outcome = new SourceReader(10L * 1024 * 1024).read(found.get(0));

        assertEquals("file over 10 MB (2500000000 bytes); it was not parsed", outcome.failure().message());
        assertTrue(new SourceReader(10L * 1024 * 1024).outline(found.get(0)).isEmpty());
    }

    @Test
    void aSparseConfigurationFileOfGigabytesIsRefusedBeforeItIsRead() throws IOException {
        Path root = root();
        try (RandomAccessFile file = new RandomAccessFile(root.resolve(".serverless-lint.yml").toFile(), "rw")) {
            file.setLength(3_000_000_000L);
        }

        ProjectConfiguration configuration = new ProjectConfigurationLoader(RuleSet.discover(getClass().getClassLoader()))
                .load(root, null);

        assertEquals(List.of("The configuration file was not read: file over 4 MB (3000000000 bytes)."),
                configuration.problems().stream().map(ConfigurationProblem::message).toList());
    }
}
