package dev.serverlesslint.core.source;

import java.nio.file.Path;
import java.util.Locale;

/**
 * A file selected for linting.
 *
 * @param absolutePath where it is on disk
 * @param relativePath its path relative to the scanned root with {@code /} separators, as reported
 */
public record SourceFile(Path absolutePath, String relativePath) implements Comparable<SourceFile> {

    public SourceKind kind() {
        return SourceKind.of(relativePath);
    }

    public String fileName() {
        int slash = relativePath.lastIndexOf('/');
        return relativePath.substring(slash + 1);
    }

    public String lowerCaseName() {
        return fileName().toLowerCase(Locale.ROOT);
    }

    @Override
    public int compareTo(SourceFile other) {
        return relativePath.compareTo(other.relativePath);
    }
}
