package dev.serverlesslint.core.source;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * An I/O failure in words users read, without the path the message around it already names: Java's
 * file exceptions often carry only the path ({@code AccessDeniedException: /x}), which says nothing
 * about what went wrong. Used for every file the linter reads or writes.
 */
public final class IoFailure {

    private IoFailure() {
    }

    /** What went wrong: "permission denied", "no such file or directory", the system's reason, ... */
    public static String reason(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "out of memory (raise the Java heap, e.g. -Xmx2g)";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof NotDirectoryException) {
            return "a parent of it is not a directory";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a parent of it is a file";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(Locale.ROOT);
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName()
                : message.toLowerCase(Locale.ROOT).startsWith("no space") ? "no space left on device"
                : message;
    }
}
