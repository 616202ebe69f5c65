package dev.serverlesslint.core.engine;

import dev.serverlesslint.core.input.FileInputs;
import dev.serverlesslint.core.input.FileStamp;
import dev.serverlesslint.core.java.JavaOutline;
import dev.serverlesslint.core.model.ProjectModel;
import dev.serverlesslint.core.requestpath.RequestPathFiles;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * What a run leaves for the next one to reuse file by file: each Java file's digests and, for files
 * checked without errors, what checking it gave; the files the project model parsed (the handler
 * files and every file a type lookup loaded, while the model was built and while rules checked
 * files); and the identifiers that questions about the files' code named.
 * <p>
 * A file's check depends on its own content and on the model: the configuration and build inputs
 * (the caller compares those), the outlines of the Java files and the content of the files the
 * model parsed. Of an outline, the model reads the declarations (package, imports, declared types
 * and the names in their headers, which the type index and the choice of handler files are built
 * from) and, through {@link ProjectModel#names} and its kind, whether a file's code has certain
 * identifiers. So a run may reuse the stored checks of its unchanged files when the set of Java
 * files is the same and every changed file was not parsed by the model, kept its declarations
 * ({@link #declarationDigest}) and gained or lost no identifier that a question named
 * ({@link #namesDigest}): then the model is built from the same declarations and parsed files and
 * gives every unchanged file the same answers ({@link dev.serverlesslint.core.java.JavaSourceLoader}:
 * an answer does not depend on which files happened to be parsed before). Otherwise nothing is
 * reused and every file is checked. The same argument lets such a run reuse what the model gave
 * besides ({@link ModelState}: the configuration files' and project rules' checks, the model's files).
 *
 * <p>
 * A file whose metadata still has the recorded {@link FileStamp} is not read again: its content digest
 * and its outline (stored in {@link OutlineTable}'s form) are taken from the state.
 * <p>
 * The files are kept in {@link #SHARDS} shards by a hash of their path, so that a run in which few files
 * changed encodes and stores again only the shards they are in ({@link #sameShard}); the others are kept
 * as the earlier run stored them. The outlines' strings are in a table shared by all shards, made when
 * every file is encoded, and each shard has a table of its own for the strings that this one lacks.
 *
 * @param strings       the strings that every shard's outlines may refer to
 * @param shards        the files by {@link #shardOf} their reported path: the Java files that were outlined
 * @param modelFiles    reported paths of the Java files the model parsed or tried to parse
 * @param namesAsked    identifiers that questions about the Java files' code named
 * @param suffixesAsked identifier suffixes that such questions named
 * @param model         what the model gave besides the files' checks, or {@code null} when it is not kept
 *                      (a handler file did not parse)
 */
public record IncrementalState(List<String> strings, List<Shard> shards, Set<String> modelFiles,
                               Set<String> namesAsked, Set<String> suffixesAsked, ModelState model) {

    /** How many shards the files are kept in; a stored state with another count is not used. */
    public static final int SHARDS = 16;

    /**
     * One Java file as a run saw it.
     *
     * @param content      SHA-256 of its bytes
     * @param stamp        {@link FileStamp#value} of the file when it was read, or {@code null} when it
     *                     was not settled then (the next run digests it again)
     * @param declarations {@link #declarationDigest} of its outline
     * @param names        {@link #namesDigest} of its outline for the run's questions
     * @param outline      its outline, encoded with the state's {@link #strings} and then its shard's
     *                     ({@link OutlineTable})
     * @param check        what checking it gave, or {@code null} when it was not stored
     */
    public record FileState(String content, String stamp, String declarations, String names, byte[] outline,
                            CheckedFile check) {

        public FileState {
            Objects.requireNonNull(content, "content");
            Objects.requireNonNull(declarations, "declarations");
            Objects.requireNonNull(names, "names");
            Objects.requireNonNull(outline, "outline");
        }

        /**
         * Whether the next run would store the same for this file: the same content (hence the same
         * outline, whatever table it is encoded with), stamp, digests and check.
         */
        boolean sameAs(FileState other) {
            return content.equals(other.content) && Objects.equals(stamp, other.stamp)
                    && declarations.equals(other.declarations) && names.equals(other.names)
                    && Objects.equals(check, other.check);
        }
    }

    /**
     * Some of the files, by reported path, and the strings their encoded outlines refer to that the
     * state's table lacks (indexes after the state's).
     */
    public record Shard(List<String> strings, Map<String, FileState> files) {

        public Shard {
            strings = List.copyOf(strings);
            files = Map.copyOf(files);
        }
    }

    /** A state that keeps nothing of the model but its files and questions. */
    public IncrementalState(List<String> strings, List<Shard> shards, Set<String> modelFiles, Set<String> namesAsked,
                            Set<String> suffixesAsked) {
        this(strings, shards, modelFiles, namesAsked, suffixesAsked, null);
    }

    public IncrementalState {
        strings = List.copyOf(strings);
        shards = List.copyOf(shards);
        if (shards.size() != SHARDS) {
            throw new IllegalArgumentException(shards.size() + " shards, not " + SHARDS);
        }
        for (int i = 0; i < SHARDS; i++) {
            for (String path : shards.get(i).files().keySet()) {
                if (shardOf(path) != i) {
                    throw new IllegalArgumentException(path + " is not in shard " + i);
                }
            }
        }
        modelFiles = Set.copyOf(modelFiles);
        namesAsked = Set.copyOf(namesAsked);
        suffixesAsked = Set.copyOf(suffixesAsked);
    }

    /** A state whose outlines are all encoded with {@code strings}. */
    public static IncrementalState of(Map<String, FileState> files, Set<String> modelFiles, Set<String> namesAsked,
                                      Set<String> suffixesAsked, List<String> strings) {
        List<Map<String, FileState>> byShard = new ArrayList<>();
        for (int i = 0; i < SHARDS; i++) {
            byShard.add(new HashMap<>());
        }
        files.forEach((path, file) -> byShard.get(shardOf(path)).put(path, file));
        return new IncrementalState(strings, byShard.stream().map(some -> new Shard(List.of(), some)).toList(),
                modelFiles, namesAsked, suffixesAsked);
    }

    /** The shard that keeps the file at {@code path} (a function of the path only, the same in every JVM). */
    public static int shardOf(String path) {
        return Math.floorMod(path.hashCode(), SHARDS);
    }

    /** The state of the file at {@code path}, or {@code null} when it was not outlined. */
    public FileState file(String path) {
        return shards.get(shardOf(path)).files().get(path);
    }

    /** Every file's state with its reported path. */
    public void forEachFile(BiConsumer<String, FileState> action) {
        shards.forEach(shard -> shard.files().forEach(action));
    }

    /** How many files were outlined. */
    public int fileCount() {
        return shards.stream().mapToInt(shard -> shard.files().size()).sum();
    }

    /**
     * The shard {@code index} of the next run's state: {@code earlier}'s, kept as it is (with its table
     * and encoded outlines), when it holds the same files with the {@link FileState#sameAs same} states;
     * otherwise {@code null}, and the caller encodes the shard anew.
     */
    public static Shard sameShard(IncrementalState earlier, int index, Map<String, FileState> now) {
        if (earlier == null) {
            return null;
        }
        Shard before = earlier.shards.get(index);
        if (before.files().size() != now.size()) {
            return null;
        }
        for (Map.Entry<String, FileState> file : now.entrySet()) {
            FileState stored = before.files().get(file.getKey());
            if (stored == null || !stored.sameAs(file.getValue())) {
                return null;
            }
        }
        return before;
    }

    /**
     * The outline of {@code path} as stored, when the file's metadata still has the stamp recorded with
     * it (so its content is the content digested then); empty when it may have changed or the stored
     * outline cannot be read.
     */
    public Optional<JavaOutline> unchangedOutline(String path, FileStamp now) {
        Shard shard = shards.get(shardOf(path));
        FileState before = shard.files().get(path);
        if (before == null || before.stamp() == null || !before.stamp().equals(now.value())) {
            return Optional.empty();
        }
        try {
            return Optional.of(OutlineTable.decode(path, before.outline(), strings, shard.strings()));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a corrupt entry: read the file
        }
    }

    /**
     * The paths whose stored checks a run over these Java files may reuse: every unchanged file with a
     * stored check when no change can reach another file's check (see above), none otherwise.
     *
     * @param contents content digest by path, every Java file of the new run that was outlined
     * @param outlines outline by path, at least of the files whose content changed
     */
    public Set<String> reusable(Map<String, String> contents, Map<String, JavaOutline> outlines) {
        if (contents.size() != fileCount() || !contents.keySet().stream().allMatch(path -> file(path) != null)) {
            return Set.of(); // a Java file added, removed, or now (un)readable: the outlines' index changed
        }
        ProjectModel.NamesAsked asked = asked();
        Set<String> reusable = new HashSet<>();
        for (Map.Entry<String, String> file : contents.entrySet()) {
            FileState before = file(file.getKey());
            if (before.content().equals(file.getValue())) {
                if (before.check() != null) {
                    reusable.add(file.getKey());
                }
                continue;
            }
            JavaOutline now = outlines.get(file.getKey());
            if (modelFiles.contains(file.getKey()) || now == null
                    || !before.declarations().equals(declarationDigest(now))
                    || !before.names().equals(namesDigest(now, asked))) {
                return Set.of();
            }
        }
        return reusable;
    }

    /** The questions of the run that stored this state. */
    public ProjectModel.NamesAsked asked() {
        return new ProjectModel.NamesAsked(namesAsked, suffixesAsked);
    }

    /**
     * A digest of what choosing and indexing the model's files reads of an outline: the package, the
     * imports, the declared types with the names in their headers, the qualified names that may be a
     * supertype, and the identifiers of {@link RequestPathFiles#NAMES_READ}. Sets are written sorted.
     */
    public static String declarationDigest(JavaOutline outline) {
        StringBuilder text = new StringBuilder();
        text.append("package ").append(outline.packageName()).append('\n');
        for (JavaOutline.Import imported : outline.imports()) {
            text.append("import ").append(imported.isStatic()).append(' ').append(imported.onDemand()).append(' ')
                    .append(imported.name()).append('\n');
        }
        Set<String> headerNames = new HashSet<>();
        for (JavaOutline.DeclaredType type : outline.types()) {
            text.append("type ").append(type.name()).append(' ').append(type.qualifiedName()).append(' ')
                    .append(sorted(type.headerNames())).append('\n');
            headerNames.addAll(type.headerNames());
        }
        List<String> supertypes = new ArrayList<>();
        for (String dotted : outline.dottedNames()) {
            if (headerNames.contains(dotted.substring(dotted.lastIndexOf('.') + 1))) {
                supertypes.add(dotted);
            }
        }
        supertypes.sort(null);
        text.append("qualified ").append(supertypes).append('\n');
        List<String> read = new ArrayList<>(RequestPathFiles.NAMES_READ);
        read.removeIf(name -> !outline.names().contains(name));
        read.sort(null);
        text.append("names ").append(read).append('\n');
        return digest(text);
    }

    /** A digest of the file's identifiers that these questions named ({@code ""} for none). */
    public static String namesDigest(JavaOutline outline, ProjectModel.NamesAsked asked) {
        List<String> named = asked.of(outline.names());
        return named.isEmpty() ? "" : digest(new StringBuilder(String.join("\n", named)));
    }

    private static String digest(StringBuilder text) {
        return FileInputs.digest(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> sorted(Set<String> names) {
        List<String> list = new ArrayList<>(names);
        list.sort(null);
        return list;
    }
}
