package dev.serverlesslint.maven;

import dev.serverlesslint.core.engine.LintResult;
import dev.serverlesslint.core.report.ReportFormat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code report.<extension>} for each requested format into one directory. Should two formats
 * share an extension, the later one is written as {@code report-<format>.<extension>}.
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

    /** Returns the files written, in format order. */
    static List<Path> write(LintResult result, List<ReportFormat> formats, Path directory) throws IOException {
        List<Path> paths = pathsOf(directory, formats);
        if (formats.isEmpty()) {
            return paths;
        }
        Files.createDirectories(directory);
        for (int i = 0; i < formats.size(); i++) {
            try (Writer writer = Files.newBufferedWriter(paths.get(i), StandardCharsets.UTF_8)) {
                formats.get(i).reporter().write(result, writer);
            }
        }
        return paths;
    }
}
