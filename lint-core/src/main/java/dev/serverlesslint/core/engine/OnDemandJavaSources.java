package dev.serverlesslint.core.engine;

import dev.serverlesslint.core.java.JavaOutline;
import dev.serverlesslint.core.java.JavaSource;
import dev.serverlesslint.core.java.JavaSourceLoader;
import dev.serverlesslint.core.java.JavaSourceParser;
import dev.serverlesslint.core.java.ProjectTypes;
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
     * Bytes a cached tree takes per line of source, measured: trees without tokens on the 5,000-handler
     * bench service (docs/performance.md, "Memory").
     */
    static final long TREE_BYTES_PER_LINE = 1_700;

    /**
     * Lines of source whose trees the model keeps at most, unless the system property
     * {@code serverless-lint.model-tree-lines} says otherwise (tests set 1): as many as fill a quarter of
     * the maximum heap ({@code -Xmx}), so a small heap keeps fewer trees and a large one parses less again.
     * The cache also gives its trees up to the collector under memory pressure ({@link ProjectTypes}).
     */
    static long defaultTreeBudgetLines(long maxHeapBytes) {
        return Math.max(1, maxHeapBytes / 4 / TREE_BYTES_PER_LINE);
    }

    private final RequestPathFiles index;
    private final List<SourceFile> files;
    private final Map<String, Integer> order = new HashMap<>();
    private final SourceReader reader;
    private final long treeBudgetLines;
    /** Memory pressure is watched once the model has this many files: fewer trees never matter. */
    private static final int WATCHED_FROM_FILES = 64;
    /** {@link MemoryPressure#events()} when this model started watching, or -1. */
    private volatile long pressureBefore = -1;
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
        this.treeBudgetLines = Math.max(1, Long.getLong("serverless-lint.model-tree-lines",
                defaultTreeBudgetLines(Runtime.getRuntime().maxMemory())));
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

    /**
     * The budget, halved for each collection since the model grew large after which the heap stayed
     * mostly full ({@link MemoryPressure}): the trees go before the collector spends its time on them.
     */
    @Override
    public long treeBudgetLines() {
        long before = pressureBefore;
        if (before < 0) {
            if (attemptedCount() < WATCHED_FROM_FILES) {
                return treeBudgetLines;
            }
            before = MemoryPressure.events();
            pressureBefore = before;
        }
        long halvings = MemoryPressure.events() - before;
        return halvings <= 0 ? treeBudgetLines : Math.max(1, treeBudgetLines >> Math.min(62, halvings));
    }

    private synchronized int attemptedCount() {
        return attempted.cardinality();
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
