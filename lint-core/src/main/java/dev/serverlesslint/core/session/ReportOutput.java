package dev.serverlesslint.core.session;

import dev.serverlesslint.core.report.ReportFormat;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A report a session writes: a format, and a file (relative paths: against the session's working
 * directory) or, when {@code file} is {@code null}, the console writer the caller hands the session.
 */
public record ReportOutput(ReportFormat format, Path file) {

    public ReportOutput {
        Objects.requireNonNull(format, "format");
    }

    public static ReportOutput console(ReportFormat format) {
        return new ReportOutput(format, null);
    }

    public static ReportOutput file(ReportFormat format, Path file) {
        return new ReportOutput(format, Objects.requireNonNull(file, "file"));
    }

    public boolean toConsole() {
        return file == null;
    }
}
