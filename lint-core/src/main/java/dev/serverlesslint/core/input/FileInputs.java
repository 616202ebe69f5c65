package dev.serverlesslint.core.input;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.TreeMap;

/** How each kind of file input is measured, when it is recorded and when a cached record is checked again. */
public final class FileInputs {

    /** Directory summaries stop here, like the package-size rule's own walk. */
    private static final int MAX_TREE_FILES = 200_000;
    /** Larger than any file a run reads whole (sources are capped at 10 MB, pom.xml files at 5 MB). */
    private static final long MAX_CONTENT_BYTES = 256L * 1024 * 1024;

    private FileInputs() {
    }

    /**
     * The value a file input has now, to compare with the recorded one; empty for inputs that are not
     * files ({@link InputKind#LISTING}, {@link InputKind#SETTING}), which the caller recomputes itself.
     */
    public static Optional<String> current(Input input) {
        Path path = Path.of(input.subject());
        return switch (input.kind()) {
            case CONTENT -> Optional.of(contentDigest(path));
            case METADATA -> Optional.of(metadataOf(input.subject()).value());
            case ABSENT -> Optional.of(Files.exists(path, LinkOption.NOFOLLOW_LINKS) ? "present" : "");
            case TREE -> Optional.of(treeDigest(path));
            case LISTING, SETTING -> Optional.empty();
        };
    }

    static Input metadataOf(String path) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(Path.of(path), BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            return new Input(InputKind.METADATA, path,
                    attributes.size() + ":" + attributes.lastModifiedTime().toMillis());
        } catch (IOException | RuntimeException e) {
            return new Input(InputKind.METADATA, path, "unreadable");
        }
    }

    private static String contentDigest(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile()) {
                return "not a regular file";
            }
            if (attributes.size() > MAX_CONTENT_BYTES) {
                return "larger than any file read whole"; // never equal to a digest
            }
            return digest(Files.readAllBytes(file));
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            return "unreadable";
        }
    }

    static String treeDigest(Path directory) {
        TreeMap<String, String> files = new TreeMap<>();
        try {
            Files.walkFileTree(directory, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    files.put(directory.relativize(file).toString(), attrs.isRegularFile()
                            ? attrs.size() + ":" + attrs.lastModifiedTime().toMillis() : "other");
                    return files.size() >= MAX_TREE_FILES ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    files.put(directory.relativize(file).toString(), "unreadable");
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | RuntimeException e) {
            return "unreadable";
        }
        return digest(files.toString());
    }

    /** SHA-256 of bytes, in hex. */
    public static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required on every Java platform", e);
        }
    }

    static String digest(String text) {
        return digest(text.getBytes(StandardCharsets.UTF_8));
    }
}
