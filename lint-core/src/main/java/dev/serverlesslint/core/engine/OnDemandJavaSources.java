package dev.serverlesslint.core.engine;

import dev.serverlesslint.core.java.JavaOutline;
import dev.serverlesslint.core.java.JavaSource;
import dev.serverlesslint.core.java.JavaSourceLoader;
import dev.serverlesslint.core.java.JavaSourceParser;
import dev.serverlesslint.core.requestpath.RequestPathFiles;
import dev.serverlesslint.core.source.ParseOutcome;
import dev.serverlesslint.core.source.SourceFile;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The engine's {@link JavaSourceLoader}: finds the files a lookup needs in the outlines' index and
 * parses each the first time; the model keeps the trees it can afford and asks for a file again
 * after dropping its tree. A file that does not parse is left out here; checking it reports why.
 */
final class OnDemandJavaSources implements JavaSourceLoader {

    /**
     * Lines of source whose trees the model keeps at most, unless the system property
     * {@code serverless-lint.model-tree-lines} says otherwise (tests set 1). A tree without tokens
     * takes about 1.7 KB per line (the 5,000-handler bench service), so this is about 70 MB.
     */
    static final long DEFAULT_TREE_BUDGET_LINES = 40_000;

    private final RequestPathFiles index;
    private final List<SourceFile> files;
    private final Map<String, Integer> order = new HashMap<>();
    private final SourceReader reader;
    private final long treeBudgetLines;
    /** Files given or parsed (successfully or not), by outline index. */
    private final BitSet attempted = new BitSet();
    private final TreeSet<Integer> loaded = new TreeSet<>();
    /** Early parses of scope files, taken while the model is built (those trees are then the model's). */
    private volatile EarlyParses early;

    /**
     * @param outlines every Java file's outline; the sources below are found by their paths
     * @param files    the Java files, at least those outlined
     * @param early    parses started before the outlines, used instead of parsing again until {@link #modelBuilt}
     */
    OnDemandJavaSources(RequestPathFiles index, List<JavaOutline> outlines, List<SourceFile> files,
                        SourceReader reader, EarlyParses early) {
        this.index = index;
        this.reader = reader;
        this.early = early;
        Map<String, SourceFile> byPath = new HashMap<>();
        files.forEach(file -> byPath.put(file.relativePath(), file));
        this.files = outlines.stream().map(outline -> byPath.get(outline.path())).toList();
        for (int i = 0; i < outlines.size(); i++) {
            order.put(outlines.get(i).path(), i);
        }
        this.treeBudgetLines = Math.max(1, Long.getLong("serverless-lint.model-tree-lines", DEFAULT_TREE_BUDGET_LINES));
    }

    /** Files the engine parsed itself (or failed to parse), by outline index: they are not parsed on demand. */
    synchronized void given(int file) {
        attempted.set(file);
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
    public JavaSource reload(String path) {
        Integer file = order.get(path);
        if (file == null) {
            return null;
        }
        return parse(file);
    }

    @Override
    public int order(String path) {
        return order.getOrDefault(path, Integer.MAX_VALUE);
    }

    @Override
    public synchronized List<String> loaded() {
        return loaded.stream().map(file -> files.get(file).relativePath()).toList();
    }

    @Override
    public long treeBudgetLines() {
        return treeBudgetLines;
    }

    /**
     * The reported paths of every file given or asked for so far, parsed or not: the files whose
     * content the model's answers may depend on.
     */
    synchronized List<String> attempted() {
        return attempted.stream().mapToObj(file -> files.get(file).relativePath()).toList();
    }

    private List<JavaSource> load(List<Integer> fileIndexes) {
        List<JavaSource> sources = new ArrayList<>(fileIndexes.size());
        for (int file : fileIndexes) {
            if (!attempted.get(file)) {
                attempted.set(file);
                JavaSource source = parse(file);
                if (source != null) {
                    loaded.add(file);
                    sources.add(source);
                }
            }
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

    /** Parses a file for the model: without tokens, which nothing reads and which are most of a tree. */
    private JavaSource parse(int file) {
        SourceFile sourceFile = files.get(file);
        EarlyParses parses = early;
        ParseOutcome<?> outcome = parses.has(sourceFile.relativePath())
                ? parses.outcome(sourceFile.relativePath()) : reader.read(sourceFile);
        if (!(outcome.value() instanceof JavaSource source)) {
            return null;
        }
        JavaSourceParser.dropTokens(source.unit());
        return source;
    }
}
