package dev.serverlesslint.maven;

import dev.serverlesslint.core.report.ReportFormat;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportFilesTest {

    private final Path reports = Path.of("target/serverless-lint");

    @Test
    void namesOneFileAfterEachFormatsExtension() {
        List<ReportFormat> formats = List.of(ReportFormat.values());

        List<Path> paths = ReportFiles.pathsOf(reports, formats);

        assertEquals(formats.size(), paths.size());
        for (int i = 0; i < formats.size(); i++) {
            assertEquals(reports, paths.get(i).getParent());
            assertTrue(paths.get(i).getFileName().toString().endsWith("." + formats.get(i).fileExtension()));
        }
        assertEquals(reports.resolve("report.sarif"), paths.get(formats.indexOf(ReportFormat.SARIF)));
        assertEquals(formats.size(), paths.stream().distinct().count());
    }

    @Test
    void noFormatsNamesNoFile() {
        assertEquals(List.of(), ReportFiles.pathsOf(reports, List.of()));
    }
}
