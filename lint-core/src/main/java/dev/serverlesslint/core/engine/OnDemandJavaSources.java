package dev.serverlesslint.core.engine;

import dev.serverlesslint.core.java.JavaOutline;
import dev.serverlesslint.core.java.JavaSource;
import dev.serverlesslint.core.java.JavaSourceLoader;
import dev.serverlesslint.core.java.JavaSourceParser;
import dev.serverlesslint.core.requestpath.RequestPathFiles;
import dev.serverlesslint.core.source.ParseOutcome;
import dev.serverlesslint.core.source.SourceFile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The engine's {@link JavaSourceLoader}: finds the files a lookup needs in the outlines' index and
 * parses each once. A file that does not parse is left out here; checking it reports why.
 */
final class OnDemandJavaSources implements JavaSourceLoader {

    private final RequestPathFiles index;
    private final List<SourceFile> files;
    private final SourceReader reader;
    /** Parsed (or failed, empty) files by outline index. */
    private final Map<Integer, Optional<JavaSource>> parsed = new HashMap<>();
    private final Map<JavaSource, Integer> order = new IdentityHashMap<>();
    private final TreeMap<Integer, JavaSource> loaded = new TreeMap<>();
    /** Early parses of scope files, taken while the model is built (those trees are then kept). */
    private EarlyParses early;

    /**
     * @param outlines every Java file's outline; the sources below are found by their paths
     * @param files    the Java files, at least those outlined
     * @param given    the files already parsed, by outline index
     * @param early    parses started before the outlines, used instead of parsing again until {@link #modelBuilt}
     */
    OnDemandJavaSources(RequestPathFiles index, List<JavaOutline> outlines, List<SourceFile> files,
                        Map<Integer, JavaSource> given, SourceReader reader, EarlyParses early) {
        this.index = index;
        this.reader = reader;
        this.early = early;
        Map<String, SourceFile> byPath = new HashMap<>();
        files.forEach(file -> byPath.put(file.relativePath(), file));
        this.files = outlines.stream().map(outline -> byPath.get(outline.path())).toList();
        given.forEach((file, source) -> {
            parsed.put(file, Optional.of(source));
            order.put(source, file);
        });
    }

    @Override
    public synchronized List<JavaSource> declaring(String qualifiedName) {
        return load(index.declaring(qualifiedName));
    }

    @Override
    public synchronized List<JavaSource> subtypeCandidates(String qualifiedName) {
        return load(index.subtypeCandidates(qualifiedName));
    }

    @Override
    public synchronized int order(JavaSource source) {
        return order.getOrDefault(source, Integer.MAX_VALUE);
    }

    @Override
    public synchronized List<JavaSource> loaded() {
        return List.copyOf(loaded.values());
    }

    /**
     * The reported paths of every file given or asked for so far, parsed or not: the files whose
     * content the model's answers may depend on.
     */
    synchronized List<String> attempted() {
        return parsed.keySet().stream().sorted().map(file -> files.get(file).relativePath()).toList();
    }

    private List<JavaSource> load(List<Integer> fileIndexes) {
        List<JavaSource> sources = new ArrayList<>(fileIndexes.size());
        for (int file : fileIndexes) {
            parsed.computeIfAbsent(file, this::parse).ifPresent(sources::add);
        }
        return sources;
    }

    /**
     * From now on every file is parsed here: a tree loaded later is not the model's, so the engine checks
     * its file from another parse, and that may be the early one (which this loader then must not share).
     */
    synchronized void modelBuilt() {
        early = EarlyParses.NONE;
    }

    private Optional<JavaSource> parse(int file) {
        SourceFile sourceFile = files.get(file);
        ParseOutcome<?> outcome = early.has(sourceFile.relativePath())
                ? early.outcome(sourceFile.relativePath()) : reader.read(sourceFile);
        if (!(outcome.value() instanceof JavaSource source)) {
            return Optional.empty();
        }
        JavaSourceParser.dropTokens(source.unit()); // the model keeps it
        order.put(source, file);
        loaded.put(file, source);
        return Optional.of(source);
    }
}
