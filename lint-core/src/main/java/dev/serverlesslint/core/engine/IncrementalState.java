package dev.serverlesslint.core.engine;

import dev.serverlesslint.core.input.FileInputs;
import dev.serverlesslint.core.input.FileStamp;
import dev.serverlesslint.core.java.JavaOutline;
import dev.serverlesslint.core.model.ProjectModel;
import dev.serverlesslint.core.requestpath.RequestPathFiles;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

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
 * reused and every file is checked.
 *
 * <p>
 * A file whose metadata still has the recorded {@link FileStamp} is not read again: its content digest
 * and its outline (stored in {@link OutlineTable}'s form) are taken from the state.
 *
 * @param files          by reported path: the Java files that were outlined
 * @param modelFiles     reported paths of the Java files the model parsed or tried to parse
 * @param namesAsked     identifiers that questions about the Java files' code named
 * @param suffixesAsked  identifier suffixes that such questions named
 * @param outlineStrings the strings the files' stored outlines refer to
 */
public record IncrementalState(Map<String, FileState> files, Set<String> modelFiles, Set<String> namesAsked,
                               Set<String> suffixesAsked, List<String> outlineStrings) {

    /**
     * One Java file as a run saw it.
     *
     * @param content      SHA-256 of its bytes
     * @param stamp        {@link FileStamp#value} of the file when it was read, or {@code null} when it
     *                     was not settled then (the next run digests it again)
     * @param declarations {@link #declarationDigest} of its outline
     * @param names        {@link #namesDigest} of its outline for the run's questions
     * @param outline      its outline, encoded with {@link #outlineStrings} ({@link OutlineTable})
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
    }

    public IncrementalState {
        files = new TreeMap<>(files);
        modelFiles = new TreeSet<>(modelFiles);
        namesAsked = new TreeSet<>(namesAsked);
        suffixesAsked = new TreeSet<>(suffixesAsked);
        outlineStrings = List.copyOf(outlineStrings);
    }

    /**
     * The outline of {@code path} as stored, when the file's metadata still has the stamp recorded with
     * it (so its content is the content digested then); empty when it may have changed or the stored
     * outline cannot be read.
     */
    public Optional<JavaOutline> unchangedOutline(String path, FileStamp now) {
        FileState before = files.get(path);
        if (before == null || before.stamp() == null || !before.stamp().equals(now.value())) {
            return Optional.empty();
        }
        try {
            return Optional.of(OutlineTable.decode(path, before.outline(), outlineStrings));
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
        if (!contents.keySet().equals(files.keySet())) {
            return Set.of(); // a Java file added, removed, or now (un)readable: the outlines' index changed
        }
        ProjectModel.NamesAsked asked = asked();
        Set<String> reusable = new TreeSet<>();
        for (Map.Entry<String, String> file : contents.entrySet()) {
            FileState before = files.get(file.getKey());
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
