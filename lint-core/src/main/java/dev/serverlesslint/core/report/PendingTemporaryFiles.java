package dev.serverlesslint.core.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The temporary files reports are being written to right now, removed by a shutdown hook if the JVM is
 * stopped mid-write (Ctrl-C, SIGTERM). Unlike {@link java.io.File#deleteOnExit()}, whose list only
 * grows, a file leaves this set once its write is over: a lint server writes reports for as long as it
 * runs.
 */
final class PendingTemporaryFiles {

    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();
    private static volatile boolean hooked;

    private PendingTemporaryFiles() {
    }

    /** Registers a file that exists until {@link #done} is called for it. */
    static void add(Path file) {
        if (!hooked) {
            hook();
        }
        PENDING.add(file);
    }

    /** The file was moved into place or deleted. */
    static void done(Path file) {
        PENDING.remove(file);
    }

    /** Whether a write into {@code directory} is under way (or ended without {@link #done}). */
    static boolean anyIn(Path directory) {
        return PENDING.stream().anyMatch(file -> directory.equals(file.getParent()));
    }

    private static synchronized void hook() {
        if (hooked) {
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(PendingTemporaryFiles::deleteAll, "report-temporary-files"));
        hooked = true;
    }

    private static void deleteAll() {
        for (Path file : PENDING) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException | RuntimeException ignored) {
                // the JVM is going away; nothing else can be done about it
            }
        }
    }
}
