package dev.serverlesslint.core.report;

import dev.serverlesslint.core.source.RegularFileReader;
import dev.serverlesslint.core.source.SourceEncoding;
import dev.serverlesslint.core.source.SourceText;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads reported files from disk below a root, lazily and once each; anything unreadable has no lines. */
final class FileSourceLines implements SourceLines {

    /** Larger files are not read for display (the engine does not parse them either by default). */
    private static final long MAX_BYTES = 10L * 1024 * 1024;

    private final Path root;
    private final SourceEncoding encoding;
    private final Map<String, List<String>> cache = new HashMap<>();

    FileSourceLines(Path root, SourceEncoding encoding) {
        this.root = root.toAbsolutePath().normalize();
        this.encoding = encoding;
    }

    @Override
    public Optional<String> line(String path, int line) {
        List<String> lines = cache.computeIfAbsent(path, this::read);
        return line >= 1 && line <= lines.size() ? Optional.of(lines.get(line - 1)) : Optional.empty();
    }

    private List<String> read(String path) {
        try {
            Path file = root.resolve(path).normalize();
            if (!file.startsWith(root)) {
                return List.of();
            }
            SourceText text = encoding.decode(path, RegularFileReader.read(file, MAX_BYTES));
            return text.looksBinary() ? List.of() : dev.serverlesslint.core.location.SourceLines.of(text.content()).lines();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
