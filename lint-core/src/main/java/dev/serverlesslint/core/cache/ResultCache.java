package dev.serverlesslint.core.cache;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.serverlesslint.core.engine.LintEngine;
import dev.serverlesslint.core.engine.LintRequest;
import dev.serverlesslint.core.engine.LintResult;
import dev.serverlesslint.core.input.FileInputs;
import dev.serverlesslint.core.input.Input;
import dev.serverlesslint.core.input.InputLog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reruns that change nothing cost a check of what the last run read, not a lint. A run records every
 * input it consumed ({@link InputLog}: each file's bytes as read, the files discovered, pom.xml files,
 * artifacts, layers and dependency jars by size and time, every field of the request, the linter's
 * version and build), and its result is stored with that record, one entry per project root. A later
 * run reuses the result only if every recorded input still has its recorded value; a run that read a
 * file twice and saw two contents, or could not read something, is not stored. Anything unexpected in
 * the cache (unreadable, corrupt, another format or build) is ignored and the project is linted
 * again: the cache is never trusted over the sources.
 * <p>
 * The cache holds at most {@code maxEntries} entries and {@code maxBytes} bytes; the least recently
 * used entries are removed first (an entry's file time is its last use).
 * <p>
 * Only whole-project runs use the cache. A run with a narrowed report scope (pre-commit's staged
 * files, changed lines) checks only the files in its scope, which costs less than checking every
 * input of the project for a result that such a run, made after a change, would almost never reuse.
 */
public final class ResultCache {

    public static final int DEFAULT_MAX_ENTRIES = 50;
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    private static final String ENTRY_SUFFIX = ".json";
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Path directory;
    private final String codeIdentity;
    private final int maxEntries;
    private final long maxBytes;

    /**
     * @param directory    where results are stored (created when needed)
     * @param codeIdentity what identifies this build of the linter beyond its version, e.g. the jar's size and time
     */
    public ResultCache(Path directory, String codeIdentity) {
        this(directory, codeIdentity, DEFAULT_MAX_ENTRIES, DEFAULT_MAX_BYTES);
    }

    public ResultCache(Path directory, String codeIdentity, int maxEntries, long maxBytes) {
        if (maxEntries < 1 || maxBytes < 1) {
            throw new IllegalArgumentException("a cache holds at least one entry of at least one byte");
        }
        this.directory = directory;
        this.codeIdentity = codeIdentity;
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
    }

    /** Lints with {@code engine}, or returns the stored result when nothing it read has changed. */
    public LintResult run(LintEngine engine, LintRequest request) {
        if (!request.reportScope().isAll()) {
            return engine.run(request);
        }
        Path entry = directory.resolve(entryName(request));
        Optional<LintResult> stored = read(entry, request, engine);
        if (stored.isPresent()) {
            touch(entry);
            return stored.get();
        }
        InputLog inputs = new InputLog();
        LintResult result = engine.run(request, inputs);
        if (result.internalErrors().isEmpty() && inputs.isConsistent()) {
            write(entry, new CacheEntry(CacheEntry.FORMAT, codeIdentity, inputs.inputs(), CachedResult.of(result)));
            evict(entry);
        }
        return result;
    }

    private Optional<LintResult> read(Path entry, LintRequest request, LintEngine engine) {
        CacheEntry cached;
        try {
            cached = JSON.readValue(entry.toFile(), CacheEntry.class);
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // absent or corrupt: lint again
        }
        try {
            if (!cached.isConsistent() || !codeIdentity.equals(cached.code()) || !unchanged(cached.inputs(), request)) {
                return Optional.empty();
            }
            return Optional.of(cached.result().toResult(engine.ruleSet()));
        } catch (RuntimeException e) {
            return Optional.empty(); // a target vanished, a recorded path is odd: lint reports it properly
        }
    }

    /** Whether every recorded input has its recorded value now. */
    private static boolean unchanged(List<Input> inputs, LintRequest request) {
        if (!LintEngine.sameRequestInputs(inputs, request)) {
            return false;
        }
        for (Input input : inputs) {
            Optional<String> now = FileInputs.current(input);
            if (now.isPresent() && !now.get().equals(input.value())) {
                return false;
            }
        }
        return true;
    }

    private void write(Path entry, CacheEntry cached) {
        try {
            Files.createDirectories(directory);
            Path partial = Files.createTempFile(directory, "result", ".tmp");
            try {
                JSON.writeValue(partial.toFile(), cached);
                Files.move(partial, entry, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException | RuntimeException e) {
            // A cache that cannot be written only costs speed.
        }
    }

    /** Marks an entry as just used, for the least-recently-used order. */
    private static void touch(Path entry) {
        try {
            Files.setLastModifiedTime(entry, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException | RuntimeException e) {
            // Only the eviction order suffers.
        }
    }

    /** Removes the least recently used entries (never {@code keep}) until the cache is within its limits. */
    private void evict(Path keep) {
        record Stored(Path file, long size, long lastUsed) {
        }
        List<Stored> entries = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*" + ENTRY_SUFFIX)) {
            for (Path file : files) {
                try {
                    entries.add(new Stored(file, Files.size(file), Files.getLastModifiedTime(file).toMillis()));
                } catch (IOException e) {
                    // Gone meanwhile (another run evicted it).
                }
            }
        } catch (IOException | RuntimeException e) {
            return;
        }
        entries.sort(Comparator.comparingLong(Stored::lastUsed).thenComparing(Stored::file));
        long bytes = entries.stream().mapToLong(Stored::size).sum();
        int count = entries.size();
        for (Stored stored : entries) {
            if (count <= maxEntries && bytes <= maxBytes) {
                break;
            }
            if (stored.file().equals(keep)) {
                continue;
            }
            try {
                Files.deleteIfExists(stored.file());
                count--;
                bytes -= stored.size();
            } catch (IOException e) {
                // Left for a later run.
            }
        }
    }

    /** One entry per project root and targets, so the cache holds one result per project, not one per change. */
    private static String entryName(LintRequest request) {
        String name = request.root().toAbsolutePath().normalize() + "\n" + request.targets();
        return FileInputs.digest(name.getBytes(StandardCharsets.UTF_8)).substring(0, 32) + ENTRY_SUFFIX;
    }
}
