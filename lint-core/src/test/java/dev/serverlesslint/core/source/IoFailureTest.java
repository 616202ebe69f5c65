package dev.serverlesslint.core.source;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Java's file exceptions often say only the path; users read what went wrong instead. */
class IoFailureTest {

    @Test
    void theKindOfFailureInWordsNotThePath() {
        assertEquals("permission denied", IoFailure.reason(new AccessDeniedException("/p/x.yml")));
        assertEquals("no such file or directory", IoFailure.reason(new NoSuchFileException("/p/x.yml")));
        assertEquals("too many levels of symbolic links",
                IoFailure.reason(new FileSystemException("/p/x", null, "Too many levels of symbolic links")));
        assertEquals("no space left on device", IoFailure.reason(new IOException("No space left on device")));
        assertEquals("it is a directory", IoFailure.reason(new IOException("it is a directory")));
        assertEquals("IOException", IoFailure.reason(new IOException()));
    }
}
