package dev.serverlesslint.core.cache;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.serverlesslint.core.engine.IncrementalState;
import dev.serverlesslint.core.input.FileInputs;
import dev.serverlesslint.core.input.Input;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Reads and writes an entry's per-file layer: its head ({@link FileResultsEntry}, {@code NAME.files}) and
 * its parts, the shared strings and the shards ({@code NAME.files.DIGEST.shard}, named after a digest of
 * their content). A part that the next run's state keeps as it was read ({@link IncrementalState#sameShard})
 * is neither encoded nor written again; the head is written last, with a move into place, so it only ever
 * names complete files. Anything missing or unreadable means no layer (every file is checked).
 */
final class FileResultsStore {

    static final String HEAD_SUFFIX = ".files";
    static final String SHARD_SUFFIX = ".shard";
    private static final TypeReference<List<String>> STRINGS_TYPE = new TypeReference<>() { };
    /** An unnamed part file younger than this may belong to a run that has not written its head yet. */
    private static final long GRACE_MILLIS = 60_000;

    /** A layer as read: the head, the state it describes, and the file each part (by identity) was read from. */
    record Stored(FileResultsEntry head, IncrementalState state, Map<Object, String> partFiles) {
    }

    private final ObjectMapper json;
    private final Path directory;

    FileResultsStore(ObjectMapper json, Path directory) {
        this.json = json;
        this.directory = directory;
    }

    /** The layer of entry {@code name} as stored by build {@code code}, if it is complete and consistent. */
    Optional<Stored> read(String name, String code) {
        try {
            FileResultsEntry head = json.readValue(directory.resolve(name + HEAD_SUFFIX).toFile(),
                    FileResultsEntry.class);
            if (!head.isConsistent() || !code.equals(head.code()) || !head.strings().startsWith(name + ".")
                    || !head.shards().stream().allMatch(shard -> shard.startsWith(name + "."))) {
                return Optional.empty();
            }
            // the parts are independent: read them in parallel (the parse is most of the cost)
            List<Object> parts = IntStream.rangeClosed(0, head.shards().size()).parallel()
                    .mapToObj(i -> i == 0 ? readStrings(head.strings())
                            : readPart(head.shards().get(i - 1), IncrementalState.Shard.class)).toList();
            @SuppressWarnings("unchecked")
            List<String> strings = (List<String>) parts.get(0);
            IncrementalState state = new IncrementalState(strings,
                    parts.subList(1, parts.size()).stream().map(IncrementalState.Shard.class::cast).toList(),
                    Set.copyOf(head.modelFiles()), Set.copyOf(head.namesAsked()), Set.copyOf(head.suffixesAsked()),
                    head.model());
            Map<Object, String> files = new IdentityHashMap<>();
            files.put(state.strings(), head.strings());
            for (int i = 0; i < head.shards().size(); i++) {
                files.put(state.shards().get(i), head.shards().get(i));
            }
            return Optional.of(new Stored(head, state, files));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // absent, partial or corrupt: check every file
        }
    }

    private List<String> readStrings(String file) {
        try {
            return json.readValue(directory.resolve(file).toFile(), STRINGS_TYPE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T readPart(String file, Class<T> type) {
        try {
            return json.readValue(directory.resolve(file).toFile(), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Stores {@code state} as entry {@code name}'s layer, with {@code inputs} (the run's inputs but the
     * Java files' content), writing only the shards that {@code earlier} (may be {@code null}) does not hold.
     *
     * @return how many part files were written (the shared strings and the shards)
     */
    int write(String name, String code, List<Input> inputs, IncrementalState state, Stored earlier)
            throws IOException {
        Files.createDirectories(directory);
        Parts parts = new Parts(name, earlier);
        String strings = parts.file(state.strings());
        List<String> shardFiles = new ArrayList<>();
        for (IncrementalState.Shard shard : state.shards()) {
            shardFiles.add(parts.file(shard));
        }
        writeAtomically(directory.resolve(name + HEAD_SUFFIX), json.writeValueAsBytes(new FileResultsEntry(
                FileResultsEntry.FORMAT, code, inputs, sorted(state.modelFiles()), sorted(state.namesAsked()),
                sorted(state.suffixesAsked()), strings, shardFiles, state.model())));
        List<String> named = new ArrayList<>(shardFiles);
        named.add(strings);
        removeUnnamed(name, named, earlier);
        return parts.written;
    }

    /** The files of the parts of one layer being written. */
    private final class Parts {
        private final String name;
        private final Stored earlier;
        int written;

        Parts(String name, Stored earlier) {
            this.name = name;
            this.earlier = earlier;
        }

        /** The file that holds {@code part}: the one it was read from, or one written now. */
        String file(Object part) throws IOException {
            String kept = earlier == null ? null : earlier.partFiles().get(part);
            if (kept != null && Files.exists(directory.resolve(kept))) {
                return kept;
            }
            byte[] bytes = json.writeValueAsBytes(part);
            String file = name + HEAD_SUFFIX + "." + FileInputs.digest(bytes).substring(0, 32) + SHARD_SUFFIX;
            // written even when a file of that name exists: it may be the damaged file that made this run full
            writeAtomically(directory.resolve(file), bytes);
            written++;
            return file;
        }
    }

    /**
     * Removes the entry's shard files that its head no longer names: those the earlier head named at once,
     * others (left by a run that stopped, or written by a run that has not written its head yet) when older
     * than {@link #GRACE_MILLIS}. A concurrent run whose head names a removed file is not harmed: a layer
     * with a missing shard is not read.
     */
    private void removeUnnamed(String name, List<String> named, Stored earlier) {
        Set<String> keep = new HashSet<>(named);
        long before = System.currentTimeMillis() - GRACE_MILLIS;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, name + HEAD_SUFFIX + ".*" + SHARD_SUFFIX)) {
            for (Path file : files) {
                String fileName = file.getFileName().toString();
                if (keep.contains(fileName)) {
                    continue;
                }
                boolean replaced = earlier != null && earlier.head().shards().contains(fileName);
                if (replaced || Files.getLastModifiedTime(file).toMillis() < before) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Left for a later run, or removed with the entry.
        }
    }

    /** Writes to a new file first and moves it into place, so a reader sees the old file or the whole new one. */
    void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path partial = Files.createTempFile(directory, "result", ".tmp");
        try {
            Files.write(partial, bytes);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static List<String> sorted(Set<String> values) {
        List<String> list = new ArrayList<>(values);
        list.sort(null);
        return list;
    }
}
