package dev.serverlesslint.core.input;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A stamp changes whenever the content may have: also for a same-size write with its time set back. */
class FileStampTest {

    private static final FileTime AN_HOUR_AGO = FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS));

    @TempDir
    Path directory;

    private String stamp(Path file) {
        return FileStamp.of(file).orElseThrow().value();
    }

    @Test
    void anUntouchedFileKeepsItsStamp() throws IOException {
        Path file = Files.writeString(directory.resolve("A.java"), "class A { }\n");
        Files.setLastModifiedTime(file, AN_HOUR_AGO);
        assertEquals(stamp(file), stamp(file));
    }

    @Test
    void aSameSizeWriteWithItsTimeSetBackChangesTheStamp() throws IOException {
        Path file = Files.writeString(directory.resolve("A.java"), "class A { int x = 1; }\n");
        Files.setLastModifiedTime(file, AN_HOUR_AGO);
        String before = stamp(file);
        Files.writeString(file, "class A { int x = 2; }\n");
        Files.setLastModifiedTime(file, AN_HOUR_AGO);
        assertEquals(Files.size(file) + ":" + AN_HOUR_AGO.to(java.util.concurrent.TimeUnit.NANOSECONDS),
                before.substring(0, before.indexOf(':', before.indexOf(':') + 1)), "size and time are the same");
        assertNotEquals(before, stamp(file), "the status-change time is not");
    }

    @Test
    void aReplacedFileHasAnotherStamp() throws IOException {
        Path file = Files.writeString(directory.resolve("A.java"), "class A { }\n");
        Files.setLastModifiedTime(file, AN_HOUR_AGO);
        String before = stamp(file);
        Path replacement = Files.writeString(directory.resolve("A.java.tmp"), "class A { }\n");
        Files.setLastModifiedTime(replacement, AN_HOUR_AGO);
        Files.move(replacement, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertNotEquals(before, stamp(file));
    }

    @Test
    void onlyAFileUnmodifiedForSomeSecondsIsSettled() throws IOException {
        Path file = Files.writeString(directory.resolve("A.java"), "class A { }\n");
        long now = System.currentTimeMillis();
        assertFalse(FileStamp.of(file).orElseThrow().settledAt(now), "just written");
        Files.setLastModifiedTime(file, AN_HOUR_AGO);
        // the status-change time is now: setting the time back does not make a file settled
        assertFalse(FileStamp.of(file).orElseThrow().settledAt(System.currentTimeMillis()));
        assertTrue(FileStamp.of(file).orElseThrow().settledAt(System.currentTimeMillis() + FileStamp.SETTLE_MILLIS + 1000));
    }

    @Test
    void aDirectoryOrAMissingFileHasNoStamp() {
        assertTrue(FileStamp.of(directory).isEmpty());
        assertTrue(FileStamp.of(directory.resolve("missing.java")).isEmpty());
    }
}
