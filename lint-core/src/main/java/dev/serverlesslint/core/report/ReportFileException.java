package dev.serverlesslint.core.report;

import java.nio.file.Path;

/** A report file could not be written; the message names the file and says why. */
public final class ReportFileException extends Exception {

    public ReportFileException(Path file, String reason) {
        super("cannot write report " + file + ": " + reason);
    }

    public ReportFileException(Path file, String reason, Throwable cause) {
        super("cannot write report " + file + ": " + reason, cause);
    }
}
