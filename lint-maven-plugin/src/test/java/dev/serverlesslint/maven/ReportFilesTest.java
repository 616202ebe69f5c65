package dev.serverlesslint.maven;

import dev.serverlesslint.core.engine.LintResult;
import dev.serverlesslint.core.engine.RuleSet;
import dev.serverlesslint.core.report.ReportFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportFilesTest {

    @TempDir
    Path directory;

    @Test
    void writesOneFileNamedAfterEachFormatsExtension() throws IOException {
        LintResult result = new LintResult(List.of(), 0, List.of(), new RuleSet(List.of()));
        List<ReportFormat> formats = List.of(ReportFormat.values());
        Path reports = directory.resolve("target/serverless-lint");

        List<Path> written = ReportFiles.write(result, formats, reports);

        assertEquals(formats.size(), written.size());
        for (int i = 0; i < formats.size(); i++) {
            assertTrue(written.get(i).getFileName().toString().endsWith("." + formats.get(i).fileExtension()));
            assertTrue(Files.size(written.get(i)) > 0, written.get(i).toString());
        }
        assertEquals(reports.resolve("report.sarif"), written.get(formats.indexOf(ReportFormat.SARIF)));
    }

    @Test
    void noFormatsWritesNothing() throws IOException {
        Path reports = directory.resolve("target/serverless-lint");

        assertEquals(List.of(), ReportFiles.write(new LintResult(List.of(), 0, List.of(), new RuleSet(List.of())),
                List.of(), reports));
        assertFalse(Files.exists(reports));
    }
}
