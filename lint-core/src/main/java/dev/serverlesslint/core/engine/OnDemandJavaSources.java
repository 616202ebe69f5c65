package dev.serverlesslint.core.engine;

import dev.serverlesslint.core.java.JavaOutline;
import dev.serverlesslint.core.java.JavaSource;
import dev.serverlesslint.core.java.JavaSourceLoader;
import dev.serverlesslint.core.java.JavaSourceParser;
import dev.serverlesslint.core.requestpath.RequestPathFiles;
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

    /**
     * @param outlines every Java file's outline; the sources below are found by their paths
     * @param files    the Java files, at least those outlined
     * @param given    the files already parsed, by outline index
     */
    OnDemandJavaSources(RequestPathFiles index, List<JavaOutline> outlines, List<SourceFile> files,
                        Map<Integer, JavaSource> given, SourceReader reader) {
        this.index = index;
        this.reader = reader;
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

    private List<JavaSource> load(List<Integer> fileIndexes) {
        List<JavaSource> sources = new ArrayList<>(fileIndexes.size());
        for (int file : fileIndexes) {
            parsed.computeIfAbsent(file, this::parse).ifPresent(sources::add);
        }
        return sources;
    }

    private Optional<JavaSource> parse(int file) {
        if (!(reader.read(files.get(file)).value() instanceof JavaSource source)) {
            return Optional.empty();
        }
        JavaSourceParser.dropTokens(source.unit()); // the model keeps it
        order.put(source, file);
        loaded.put(file, source);
        return Optional.of(source);
    }
}
