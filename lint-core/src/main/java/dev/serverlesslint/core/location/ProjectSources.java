package dev.serverlesslint.core.location;

import dev.serverlesslint.core.config.ConfigDocument;
import dev.serverlesslint.core.input.InputLog;
import dev.serverlesslint.core.java.JavaSource;
import dev.serverlesslint.core.model.ProjectModel;
import dev.serverlesslint.core.source.RegularFileReader;
import dev.serverlesslint.core.source.SourceFile;
import dev.serverlesslint.core.source.SourceEncoding;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Lines and regions of the project's files, by reported path: regions of the Java files with findings
 * come precomputed by the engine, the others are computed on first use (from the model's tree of a
 * request-path file, parsed again if needed). Java text
 * is not kept, so it is read again only for the files that need it (those with findings or
 * suppression comments). Not thread-safe: used by the sequential stages after the rules.
 */
public final class ProjectSources {

    /** Files are parsed only up to this size (the engine's default limit), so no larger one has regions. */
    private static final long MAX_BYTES = 10L * 1024 * 1024;

    private final Map<String, SourceFile> files = new HashMap<>();
    private final Function<String, Optional<JavaSource>> modelTrees;
    private final Set<String> modelled = new HashSet<>();
    private final Map<String, ConfigDocument> configDocuments = new HashMap<>();
    private final Map<String, SourceLines> lines = new HashMap<>();
    private final Map<String, FileRegions> regions = new HashMap<>();
    private final InputLog inputs;
    private final SourceEncoding encoding;

    public ProjectSources(ProjectModel model, List<SourceFile> allFiles) {
        this(model, allFiles, Map.of(), InputLog.NONE, SourceEncoding.UTF_8);
    }

    /**
     * @param javaRegions regions of Java files whose trees are gone, by reported path
     * @param inputs      where the bytes of files read again are recorded
     * @param encoding    how files read again are decoded
     */
    public ProjectSources(ProjectModel model, List<SourceFile> allFiles, Map<String, FileRegions> javaRegions,
                          InputLog inputs, SourceEncoding encoding) {
        this(model, model.javaSourcePaths(), model.types()::source, allFiles, javaRegions, inputs, encoding);
    }

    /**
     * @param modelFiles the files of the model ({@link ProjectModel#javaSourcePaths}; for a model taken
     *                   without its graph, the stored run's)
     * @param modelTrees a tree of each of them by path: the model's, or another parse of the file when the
     *                   model holds none (a model taken without its graph parsed no file it did not need)
     */
    public ProjectSources(ProjectModel model, Collection<String> modelFiles,
                          Function<String, Optional<JavaSource>> modelTrees, List<SourceFile> allFiles,
                          Map<String, FileRegions> javaRegions, InputLog inputs, SourceEncoding encoding) {
        this.modelTrees = modelTrees;
        this.inputs = inputs;
        this.encoding = encoding;
        regions.putAll(javaRegions);
        allFiles.forEach(file -> files.put(file.relativePath(), file));
        modelled.addAll(modelFiles);
        model.configDocuments().forEach(document -> configDocuments.put(document.path(), document));
    }

    /** The model's tree of a Java file of the request-path model (parsed again if the model dropped it). */
    public Optional<JavaSource> java(String path) {
        return modelled.contains(path) ? modelTrees.apply(path) : Optional.empty();
    }

    public Optional<ConfigDocument> config(String path) {
        return Optional.ofNullable(configDocuments.get(path));
    }

    public SourceLines lines(String path) {
        return lines.computeIfAbsent(path, this::readLines);
    }

    public FileRegions regions(String path) {
        return regions.computeIfAbsent(path, p -> {
            Optional<JavaSource> java = java(p);
            if (java.isPresent()) {
                return JavaRegions.of(java.get().unit());
            }
            ConfigDocument document = configDocuments.get(p);
            return document == null ? FileRegions.NONE : ConfigRegions.of(document, lines(p));
        });
    }

    private SourceLines readLines(String path) {
        ConfigDocument document = configDocuments.get(path);
        if (document != null) {
            return SourceLines.of(document.text());
        }
        SourceFile file = files.get(path);
        return file == null ? SourceLines.NONE : linesOf(file, inputs, encoding);
    }

    /** A file's lines read from disk, its bytes recorded in {@code inputs}; none when it cannot be read. */
    public static SourceLines linesOf(SourceFile file, InputLog inputs, SourceEncoding encoding) {
        try {
            byte[] bytes = RegularFileReader.read(file.absolutePath(), MAX_BYTES);
            inputs.content(file.absolutePath(), bytes);
            return SourceLines.of(encoding.decode(file.relativePath(), bytes).content());
        } catch (IOException | SecurityException e) {
            inputs.unusable("cannot read " + file.relativePath());
            return SourceLines.NONE;
        }
    }
}
