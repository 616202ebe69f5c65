package dev.serverlesslint.core.report;

import dev.serverlesslint.core.source.SourceEncoding;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The text of a line of a reported file, for reporters that show source ({@code text}) or need it to
 * convert columns ({@code rdjson}, SARIF fingerprints). A line that cannot be had (file gone, changed,
 * unreadable, binary) is simply absent: reporters degrade, they never fail.
 */
@FunctionalInterface
public interface SourceLines {

    /** No source available. */
    SourceLines NONE = (path, line) -> Optional.empty();

    /**
     * The 1-based {@code line} of the file at {@code path} (relative, {@code /} separators), without its
     * line terminator.
     */
    Optional<String> line(String path, int line);

    /** Lines read from UTF-8 files under {@code root}, each file at most once. Not thread-safe. */
    static SourceLines under(Path root) {
        return new FileSourceLines(root, SourceEncoding.UTF_8);
    }

    /** Lines read from files under {@code root}, decoded as the lint decoded them, each file at most once. */
    static SourceLines under(Path root, SourceEncoding encoding) {
        return new FileSourceLines(root, encoding);
    }

    /** Lines from in-memory file contents by relative path (tests, editors). */
    static SourceLines of(Map<String, String> contentsByPath) {
        Map<String, String> copy = Map.copyOf(contentsByPath);
        return (path, line) -> {
            String content = copy.get(path);
            return content == null ? Optional.empty() : dev.serverlesslint.core.location.SourceLines.of(content).find(line);
        };
    }
}
