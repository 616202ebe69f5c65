package dev.serverlesslint.maven;

import dev.serverlesslint.core.report.ReportFormat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Names the report files of the goal: {@code report.<extension>} for each requested format in one
 * directory (the session writes them). Should two formats share an extension, the later one is
 * {@code report-<format>.<extension>}.
 */
final class ReportFiles {

    static final String FILE_NAME = "report";

    private ReportFiles() {
    }

    /** The file each format is written to, in format order. */
    static List<Path> pathsOf(Path directory, List<ReportFormat> formats) {
        List<Path> paths = new ArrayList<>();
        for (ReportFormat format : formats) {
            Path path = directory.resolve(FILE_NAME + "." + format.fileExtension());
            if (paths.contains(path)) {
                path = directory.resolve(FILE_NAME + "-" + format.cliName() + "." + format.fileExtension());
            }
            paths.add(path);
        }
        return paths;
    }
}
