package dev.serverlesslint.core.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A regular file's metadata, read without following links, as a stand-in for a digest of its content
 * that was computed earlier (git's index does the same): size, modification time, status-change time
 * and identity (device and inode where the platform has them). Writing a file changes its
 * status-change time even when its size and modification time are set back, and replacing it changes
 * its identity, so an equal stamp means the content digested before is still the content.
 * <p>
 * A stamp is only recorded for a file that was settled when it was taken (git's "racily clean" rule):
 * a file modified within {@link #SETTLE_MILLIS} before the stamp could be modified again, after it was
 * read, within the same tick of the file system's clock (a second on some file systems, two on FAT),
 * leaving the same times. Its digest is computed again by the next run.
 *
 * @param value        size, times and identity as one string, compared for equality
 * @param newestMillis the later of the modification and status-change times, in milliseconds
 */
public record FileStamp(String value, long newestMillis) {

    /** How long a file must have been unmodified for its stamp to be recorded. */
    static final long SETTLE_MILLIS = 3_000;

    private static final String UNIX_ATTRIBUTES = "unix:size,lastModifiedTime,ctime,dev,ino,isRegularFile";

    /** The stamp of a regular file now; empty when it is not a regular file or its metadata cannot be read. */
    public static Optional<FileStamp> of(Path file) {
        try {
            return Optional.ofNullable(unix(file));
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return basic(file); // no unix attribute view (Windows): size, modification time and file key
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether the file was settled at {@code takenAtMillis} (read from the clock before the stamp was
     * taken): only then may the stamp stand for the content read after it.
     */
    public boolean settledAt(long takenAtMillis) {
        return newestMillis < takenAtMillis - SETTLE_MILLIS;
    }

    private static FileStamp unix(Path file) throws IOException {
        Map<String, Object> attributes = Files.readAttributes(file, UNIX_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
        if (!Boolean.TRUE.equals(attributes.get("isRegularFile"))) {
            return null;
        }
        FileTime modified = (FileTime) attributes.get("lastModifiedTime");
        FileTime changed = (FileTime) attributes.get("ctime");
        String value = attributes.get("size") + ":" + modified.to(TimeUnit.NANOSECONDS) + ":"
                + changed.to(TimeUnit.NANOSECONDS) + ":" + attributes.get("dev") + ":" + attributes.get("ino");
        return new FileStamp(value, Math.max(modified.toMillis(), changed.toMillis()));
    }

    private static Optional<FileStamp> basic(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile()) {
                return Optional.empty();
            }
            FileTime modified = attributes.lastModifiedTime();
            return Optional.of(new FileStamp(attributes.size() + ":" + modified.to(TimeUnit.NANOSECONDS) + ":"
                    + attributes.fileKey(), modified.toMillis()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
