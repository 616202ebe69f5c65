package dev.serverlesslint.core.engine;

import dev.serverlesslint.core.source.ParseOutcome;
import dev.serverlesslint.core.source.SourceFile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Parses of the report scope's first Java files, started on the workers before the configuration
 * files are parsed and the project is outlined: a pre-commit run checks one or a few files, each is
 * parsed anyway (as a handler, as a file the model needs, or to be checked), and the first parse of a
 * run is the slowest part of it (cold code), so it overlaps with the stages that choose what else to
 * parse. At most one file per worker but one, so the configuration and the outlines still get a worker.
 * Each outcome is the one {@link SourceReader#read} would give at its use, and a tree goes to one stage
 * only: the handler parse, the model's on-demand loader, or the check of its file.
 */
final class EarlyParses {

    static final EarlyParses NONE = new EarlyParses(Map.of());

    private final Map<String, Future<ParseOutcome<?>>> byPath;

    private EarlyParses(Map<String, Future<ParseOutcome<?>>> byPath) {
        this.byPath = byPath;
    }

    /** Starts the parses of the first scope files in {@code scopeFiles}' order (none when all are checked). */
    static EarlyParses start(ExecutorService workers, int threads, List<SourceFile> scopeFiles, SourceReader reader) {
        int limit = Math.max(1, threads - 1);
        Map<String, Future<ParseOutcome<?>>> byPath = new HashMap<>();
        for (SourceFile file : scopeFiles) {
            if (byPath.size() == limit) {
                break;
            }
            Callable<ParseOutcome<?>> parse = () -> reader.read(file);
            byPath.put(file.relativePath(), workers.submit(parse));
        }
        return new EarlyParses(byPath);
    }

    boolean has(String path) {
        return byPath.containsKey(path);
    }

    /**
     * The outcome of the early parse of {@code path} (see {@link #has}), waiting for it; what the parse
     * threw is thrown here as it was, so a failing worker is reported as if it had parsed the file now.
     */
    ParseOutcome<?> outcome(String path) {
        try {
            return byPath.get(path).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("lint interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
