package dev.serverlesslint.core.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reports are replaced whole or not at all, and every failure says which file and why. */
class ReportFileTest {

    @TempDir
    Path dir;

    private List<String> directory() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aWriteReplacesTheReportInOneStep() throws Exception {
        Path report = dir.resolve("report.sarif");
        Files.writeString(report, "previous");
        ReportFile.write(report, writer -> writer.write("{\"new\": true}"));
        assertEquals("{\"new\": true}", Files.readString(report));
        assertEquals(List.of("report.sarif"), directory());
        assertFalse(PendingTemporaryFiles.anyIn(report.toAbsolutePath().getParent()),
                "a finished write leaves nothing for the shutdown hook (a lint server writes many reports)");
    }

    @Test
    void aFailureMidWriteKeepsThePreviousReportAndLeavesNoTemporaryFile() throws IOException {
        Path report = dir.resolve("report.sarif");
        Files.writeString(report, "previous");

        ReportFileException diskFull = assertThrows(ReportFileException.class, () -> ReportFile.write(report, writer -> {
            writer.write("{\"runs\": [".repeat(10_000));
            throw new IOException("No space left on device");
        }));
        ReportFileException outOfMemory = assertThrows(ReportFileException.class,
                () -> ReportFile.write(report, writer -> {
                    writer.write("{");
                    throw new OutOfMemoryError("Java heap space");
                }));

        assertEquals("cannot write report " + report + ": no space left on device", diskFull.getMessage());
        assertEquals("cannot write report " + report + ": out of memory (raise the Java heap, e.g. -Xmx2g)",
                outOfMemory.getMessage());
        assertEquals("previous", Files.readString(report));
        assertEquals(List.of("report.sarif"), directory());
        assertFalse(PendingTemporaryFiles.anyIn(report.toAbsolutePath().getParent()));
    }

    @Test
    void unwritableTargetsAreNamedWithTheReason() throws IOException {
        Files.writeString(dir.resolve("file"), "x");
        Files.createDirectory(dir.resolve("reports"));

        assertEquals("cannot write report " + dir.resolve("file/report.json") + ": a parent of it is a file",
                assertThrows(ReportFileException.class,
                        () -> ReportFile.write(dir.resolve("file/report.json"), w -> w.write("{}"))).getMessage());
        assertEquals("cannot write report " + dir.resolve("reports") + ": it is a directory",
                assertThrows(ReportFileException.class,
                        () -> ReportFile.write(dir.resolve("reports"), w -> w.write("{}"))).getMessage());
    }

    @Test
    void onlyAnEarlierReportMayBeOverwrittenAmongTheFilesTheLinterReads() throws IOException {
        Files.writeString(dir.resolve("serverless.yml"), "service: x\n");
        Files.writeString(dir.resolve("report.json"), "{\n  \"tool\": \"serverless-lint\",\n  \"findings\": []\n}\n");
        Files.writeString(dir.resolve("package.json"), "{\"name\": \"app\"}\n");

        assertTrue(ReportFile.wouldOverwriteInput(dir.resolve("serverless.yml")));
        assertTrue(ReportFile.wouldOverwriteInput(dir.resolve("package.json")));
        assertFalse(ReportFile.wouldOverwriteInput(dir.resolve("report.json")));
        assertFalse(ReportFile.wouldOverwriteInput(dir.resolve("new.json")));
        assertFalse(ReportFile.wouldOverwriteInput(dir.resolve("report.sarif")));
    }
}
