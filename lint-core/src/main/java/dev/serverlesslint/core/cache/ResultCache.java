package dev.serverlesslint.core.cache;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.serverlesslint.core.engine.IncrementalState;
import dev.serverlesslint.core.engine.LintEngine;
import dev.serverlesslint.core.engine.LintRequest;
import dev.serverlesslint.core.engine.LintResult;
import dev.serverlesslint.core.input.FileInputs;
import dev.serverlesslint.core.input.FileStamp;
import dev.serverlesslint.core.input.Input;
import dev.serverlesslint.core.input.InputKind;
import dev.serverlesslint.core.input.InputLog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

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
 * When the whole result cannot be reused, a second layer is tried (incremental runs): each Java file's
 * check as the last run stored it ({@link FileResultsEntry}: findings, suppressions, regions, keyed on
 * the file's content digest, with every input that run read). If every input but the Java files'
 * content is unchanged (settings, discovered files, configuration, build files, artifacts, the
 * linter's build), the engine checks again only the files whose content changed, and reuses the
 * other files' checks when no change can affect them ({@link IncrementalState#reusable}: no changed
 * file was parsed by the model, and none changed its declarations or an identifier that a question
 * about the project named); otherwise it checks every file. A Java file whose metadata still has the
 * stamp the layer recorded ({@link dev.serverlesslint.core.input.FileStamp}) is not read: its digest and
 * outline are the stored ones. The layer is kept in parts ({@link FileResultsStore}): a run stores again
 * only the shards of the files whose state changed. When the other files' checks are reused, the
 * model is the stored run's, so its configuration files' and project rules' checks are reused too, and
 * the handler files are parsed and the request-path graph built only when a file of the model must be
 * checked again or a rule asks what only the graph knows ({@link dev.serverlesslint.core.engine.ModelState}).
 * Suppressions, baseline and fingerprints are computed again in every run, so the result is the one a
 * run without the cache gives, byte for byte.
 * <p>
 * The cache holds at most {@code maxEntries} entries and {@code maxBytes} bytes; an entry is one
 * project's result and its per-file layer, counted and removed together; the least recently used
 * entries are removed first (an entry's file time is its last use).
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
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS); // a shard's file is named after its content

    private final Path directory;
    private final String codeIdentity;
    private final int maxEntries;
    private final long maxBytes;
    /** The per-file layer of an entry, next to its result. */
    private final FileResultsStore layers;
    /** How many shard files of the per-file layer the last run wrote (for tests). */
    private int shardsWritten;

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
        this.layers = new FileResultsStore(JSON, directory);
    }

    /** How many shard files of the per-file layer the last {@link #run} wrote (none when it wrote no layer). */
    public int shardsWritten() {
        return shardsWritten;
    }

    /** Lints with {@code engine}, or returns the stored result when nothing it read has changed. */
    public LintResult run(LintEngine engine, LintRequest request) {
        if (!request.reportScope().isAll()) {
            return engine.run(request);
        }
        String name = entryName(request);
        Path entry = directory.resolve(name + ENTRY_SUFFIX);
        RequestInputs requestInputs = new RequestInputs(request);
        FileResultsStore.Stored files = layers.read(name, codeIdentity).orElse(null);
        Optional<LintResult> stored = read(entry, requestInputs, engine, Stamps.of(files, request));
        shardsWritten = 0;
        if (stored.isPresent()) {
            touch(entry);
            return stored.get();
        }
        IncrementalState prior = files == null ? null : usableFiles(files, request, requestInputs).orElse(null);
        InputLog inputs = new InputLog();
        AtomicReference<IncrementalState> next = new AtomicReference<>();
        LintResult result = engine.run(request, inputs, prior, next::set, requestInputs.discovered());
        if (inputs.isConsistent()) {
            List<Input> recorded = inputs.inputs();
            if (result.internalErrors().isEmpty()) {
                write(entry, new CacheEntry(CacheEntry.FORMAT, codeIdentity, recorded, CachedResult.of(result)));
            }
            if (next.get() != null) {
                writeFiles(name, request, recorded, next.get(), files);
            }
            evict(name);
        }
        return result;
    }

    /**
     * Stores the per-file layer. Its inputs leave out the content of the Java files that the state
     * records file by file (the same digests): the layer checks those itself.
     */
    private void writeFiles(String name, LintRequest request, List<Input> recorded, IncrementalState state,
                            FileResultsStore.Stored earlier) {
        try {
            Set<String> javaFiles = new HashSet<>();
            state.forEachFile((path, file) ->
                    javaFiles.add(request.root().resolve(path).toAbsolutePath().normalize().toString()));
            List<Input> inputs = recorded.stream()
                    .filter(input -> input.kind() != InputKind.CONTENT || !javaFiles.contains(input.subject()))
                    .toList();
            shardsWritten = layers.write(name, codeIdentity, inputs, state, earlier);
        } catch (IOException | RuntimeException e) {
            // A cache that cannot be written only costs speed.
        }
    }

    /**
     * The per-file layer of the project's last stored run, when everything it read but the Java
     * files' content still has its recorded value: the same request, the same discovered files, the
     * same configuration, build files and artifacts. Which Java files changed, and whether that
     * allows reusing the others' checks, the engine decides ({@link IncrementalState#reusable}).
     */
    private Optional<IncrementalState> usableFiles(FileResultsStore.Stored cached, LintRequest request,
                                                   RequestInputs requestInputs) {
        try {
            if (!LintEngine.sameRequestInputs(cached.head().inputs(), requestInputs.get())) {
                return Optional.empty();
            }
            // the Java files' content is not among them: the engine compares it file by file
            for (Input input : cached.head().inputs()) {
                Optional<String> now = FileInputs.current(input);
                if (now.isPresent() && !now.get().equals(input.value())) {
                    return Optional.empty();
                }
            }
            return Optional.of(cached.state());
        } catch (RuntimeException e) {
            return Optional.empty(); // an odd recorded path: check every file
        }
    }

    /**
     * The Java files whose content digest the per-file layer knows by their {@link FileStamp}: a file
     * that still has its recorded stamp has the recorded digest, and need not be read to be compared.
     */
    private static final class Stamps {
        private static final Stamps NONE = new Stamps(Map.of());
        private final Map<String, IncrementalState.FileState> byFile;

        private Stamps(Map<String, IncrementalState.FileState> byFile) {
            this.byFile = byFile;
        }

        static Stamps of(FileResultsStore.Stored files, LintRequest request) {
            if (files == null) {
                return NONE;
            }
            Map<String, IncrementalState.FileState> byFile = new HashMap<>();
            try {
                files.state().forEachFile((path, state) -> {
                    if (state.stamp() != null) {
                        byFile.put(request.root().resolve(path).toAbsolutePath().normalize().toString(), state);
                    }
                });
            } catch (RuntimeException e) {
                return NONE; // an odd recorded path: digest every file
            }
            return new Stamps(byFile);
        }

        /** Whether the file of a content input certainly still has the recorded digest. */
        boolean unchanged(Input content) {
            IncrementalState.FileState known = byFile.get(content.subject());
            return known != null && known.content().equals(content.value())
                    && FileStamp.of(Path.of(content.subject())).map(FileStamp::value)
                            .filter(known.stamp()::equals).isPresent();
        }
    }

    private Optional<LintResult> read(Path entry, RequestInputs request, LintEngine engine, Stamps stamps) {
        CacheEntry cached;
        try {
            cached = JSON.readValue(entry.toFile(), CacheEntry.class);
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // absent or corrupt: lint again
        }
        try {
            if (!cached.isConsistent() || !codeIdentity.equals(cached.code())
                    || !unchanged(cached.inputs(), request, stamps)) {
                return Optional.empty();
            }
            return Optional.of(cached.result().toResult(engine.ruleSet()));
        } catch (RuntimeException e) {
            return Optional.empty(); // a target vanished, a recorded path is odd: lint reports it properly
        }
    }

    /**
     * Whether every recorded input has its recorded value now. The files most recently modified are
     * read first: after an edit the answer is no, and it is known before the other files are digested.
     * A Java file whose stamp the per-file layer recorded with the same digest is not read.
     */
    private static boolean unchanged(List<Input> inputs, RequestInputs request, Stamps stamps) {
        if (!LintEngine.sameRequestInputs(inputs, request.get())) {
            return false;
        }
        Map<Input, Long> modified = new HashMap<>();
        for (Input input : inputs) {
            modified.put(input, input.kind() == InputKind.CONTENT ? lastModified(input.subject()) : Long.MAX_VALUE);
        }
        List<Input> newestFirst = new ArrayList<>(inputs);
        newestFirst.sort(Comparator.comparing((Input input) -> modified.get(input)).reversed()
                .thenComparing(Comparator.naturalOrder()));
        for (Input input : newestFirst) {
            if (input.kind() == InputKind.CONTENT && stamps.unchanged(input)) {
                continue;
            }
            Optional<String> now = FileInputs.current(input);
            if (now.isPresent() && !now.get().equals(input.value())) {
                return false;
            }
        }
        return true;
    }

    private static long lastModified(String file) {
        try {
            return Files.getLastModifiedTime(Path.of(file), LinkOption.NOFOLLOW_LINKS).toMillis();
        } catch (IOException | RuntimeException e) {
            return Long.MAX_VALUE; // checked first: it is likely to differ
        }
    }

    /** The request's settings and discovered files, computed once for both layers of an entry and the run. */
    private static final class RequestInputs {
        private final LintRequest request;
        private LintEngine.Discovered discovered;
        private List<Input> inputs;

        RequestInputs(LintRequest request) {
            this.request = request;
        }

        List<Input> get() {
            if (inputs == null) {
                discovered = LintEngine.discover(request);
                inputs = LintEngine.requestInputs(request, discovered);
            }
            return inputs;
        }

        /** The files found for {@link #get}, {@code null} when it was not needed. */
        LintEngine.Discovered discovered() {
            return discovered;
        }
    }

    private void write(Path entry, Object cached) {
        try {
            Files.createDirectories(directory);
            layers.writeAtomically(entry, JSON.writeValueAsBytes(cached));
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

    /**
     * Removes the least recently used entries (never {@code keep}) until the cache is within its limits.
     * An entry is a project's files: its result and its per-file layer, counted and removed together.
     */
    private void evict(String keep) {
        final class Stored {
            final List<Path> files = new ArrayList<>();
            long size;
            long lastUsed;
        }
        Map<String, Stored> entries = new TreeMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory,
                "*{" + ENTRY_SUFFIX + "," + FileResultsStore.HEAD_SUFFIX + "," + FileResultsStore.SHARD_SUFFIX + "}")) {
            for (Path file : files) {
                String fileName = file.getFileName().toString();
                try {
                    long size = Files.size(file);
                    long lastUsed = Files.getLastModifiedTime(file).toMillis();
                    Stored stored = entries.computeIfAbsent(fileName.substring(0, fileName.indexOf('.')),
                            name -> new Stored());
                    stored.files.add(file);
                    stored.size += size;
                    stored.lastUsed = Math.max(stored.lastUsed, lastUsed);
                } catch (IOException e) {
                    // Gone meanwhile (another run evicted it).
                }
            }
        } catch (IOException | RuntimeException e) {
            return;
        }
        List<Map.Entry<String, Stored>> byAge = new ArrayList<>(entries.entrySet());
        byAge.sort(Comparator.comparingLong((Map.Entry<String, Stored> e) -> e.getValue().lastUsed)
                .thenComparing(Map.Entry::getKey));
        long bytes = byAge.stream().mapToLong(e -> e.getValue().size).sum();
        int count = byAge.size();
        for (Map.Entry<String, Stored> stored : byAge) {
            if (count <= maxEntries && bytes <= maxBytes) {
                break;
            }
            if (stored.getKey().equals(keep)) {
                continue;
            }
            try {
                for (Path file : stored.getValue().files) {
                    Files.deleteIfExists(file);
                }
                count--;
                bytes -= stored.getValue().size;
            } catch (IOException e) {
                // Left for a later run.
            }
        }
    }

    /** One entry per project root and targets, so the cache holds one result per project, not one per change. */
    private static String entryName(LintRequest request) {
        String name = request.root().toAbsolutePath().normalize() + "\n" + request.targets();
        return FileInputs.digest(name.getBytes(StandardCharsets.UTF_8)).substring(0, 32);
    }
}
