package dev.serverlesslint.core.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;

/**
 * Reads a file of the linted project the safe way: a symbolic link is never followed (it could
 * point outside the root), only a regular file is opened (a FIFO or device would block the run or
 * never end), and the size is checked before any byte is read (a sparse multi-gigabyte file would
 * exhaust the heap). Java cannot open with {@code O_NONBLOCK}, so the entry is checked with
 * {@code lstat} right before it is opened without following links, and the opened file's identity
 * is checked again afterwards; reading stops at the limit even if the file grows meanwhile.
 */
public final class RegularFileReader {

    private RegularFileReader() {
    }

    /** The file's bytes; {@link NotRegularFileException} or {@link FileTooLargeException} when it may not be read. */
    public static byte[] read(Path file, long maxBytes) throws IOException {
        BasicFileAttributes before = regularFile(file);
        if (before.size() > maxBytes) {
            throw new FileTooLargeException(file, before.size(), maxBytes);
        }
        try (SeekableByteChannel channel = Files.newByteChannel(file,
                Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS))) {
            BasicFileAttributes after = regularFile(file);
            if (!Objects.equals(before.fileKey(), after.fileKey())) {
                throw new NotRegularFileException(file, "it was replaced while being read");
            }
            long size = channel.size();
            if (size > maxBytes) {
                throw new FileTooLargeException(file, size, maxBytes);
            }
            byte[] bytes = new byte[(int) size];
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // keep reading until the size seen at open time, or the end if it shrank
            }
            return buffer.hasRemaining() ? Arrays.copyOf(bytes, buffer.position()) : bytes;
        }
    }

    /**
     * A file the user named (a baseline, an explicit configuration file): links in its path are
     * followed, as the user chose it, but it must still be a regular file within the size limit.
     */
    public static byte[] readNamed(Path file, long maxBytes) throws IOException {
        return read(file.toRealPath(), maxBytes);
    }

    /**
     * A file of the project that may be a link (the default configuration file): followed only when
     * it resolves to a regular file inside {@code root}, so a link cannot show what lies outside.
     */
    public static byte[] readWithin(Path root, Path file, long maxBytes) throws IOException {
        Path real = file.toRealPath();
        if (!real.startsWith(root.toRealPath())) {
            throw new NotRegularFileException(file, "it is a symbolic link to a file outside the project root");
        }
        return read(real, maxBytes);
    }

    /** The file's attributes, read without following a link; fails unless it is a regular file. */
    public static BasicFileAttributes regularFile(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (attributes.isSymbolicLink()) {
            throw new NotRegularFileException(file, "it is a symbolic link, which is not followed");
        }
        if (!attributes.isRegularFile()) {
            throw new NotRegularFileException(file, attributes.isDirectory() ? "it is a directory"
                    : "it is not a regular file (a pipe, socket or device)");
        }
        return attributes;
    }

    /** The entry is a link, a directory or a special file, so it was not read. */
    public static final class NotRegularFileException extends IOException {
        public NotRegularFileException(Path file, String why) {
            super(why);
        }
    }

    /** The file is larger than the limit, so it was not read. */
    public static final class FileTooLargeException extends IOException {
        private final long size;

        public FileTooLargeException(Path file, long size, long limit) {
            super("file over " + megabytes(limit) + " (" + size + " bytes)");
            this.size = size;
        }

        public long size() {
            return size;
        }

        private static String megabytes(long bytes) {
            return bytes % (1 << 20) == 0 ? (bytes >> 20) + " MB" : bytes + " bytes";
        }
    }
}
