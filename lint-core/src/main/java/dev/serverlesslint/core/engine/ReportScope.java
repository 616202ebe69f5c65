package dev.serverlesslint.core.engine;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * Which findings a run reports ("analyse all, report some"): all of them, those in some files
 * (pre-commit's changed files), or those on some lines (lines changed since a git ref). The whole
 * project's model is still built, so cross-file findings in the scope are the same as in a full run;
 * the engine only skips checking files the scope excludes. Paths are relative to the root with
 * {@code /} separators.
 */
public final class ReportScope {

    public static final ReportScope ALL = new ReportScope((path, line) -> true, path -> true, true);

    private final BiPredicate<String, Integer> test;
    /** Whether any line of a file may be reported. */
    private final Predicate<String> files;
    private final boolean all;

    private ReportScope(BiPredicate<String, Integer> test, Predicate<String> files, boolean all) {
        this.test = test;
        this.files = files;
        this.all = all;
    }

    /**
     * Findings in these files, or anywhere below these directories ({@code ""} or {@code "."} is the root).
     * A path is looked up with its parent directories, so the cost does not grow with the number of entries.
     */
    public static ReportScope paths(Collection<String> filesOrDirectories) {
        Set<String> entries = new HashSet<>();
        for (String entry : filesOrDirectories) {
            String path = entry.replace('\\', '/');
            entries.add(path.endsWith("/") ? path.substring(0, path.length() - 1) : path);
        }
        if (entries.contains("") || entries.contains(".")) {
            return new ReportScope((path, line) -> true, path -> true, false);
        }
        Predicate<String> files = path -> {
            for (String p = path; !p.isEmpty(); p = p.substring(0, Math.max(0, p.lastIndexOf('/')))) {
                if (entries.contains(p)) {
                    return true;
                }
            }
            return false;
        };
        return new ReportScope((path, line) -> files.test(path), files, false);
    }

    /** Findings on these lines of these files (1-based line numbers). */
    public static ReportScope lines(Map<String, Set<Integer>> linesByPath) {
        Map<String, Set<Integer>> copy = Map.copyOf(linesByPath);
        return new ReportScope((path, line) -> copy.getOrDefault(path, Set.of()).contains(line),
                path -> !copy.getOrDefault(path, Set.of()).isEmpty(), false);
    }

    /** Findings both scopes report. */
    public ReportScope and(ReportScope other) {
        if (all) {
            return other;
        }
        if (other.all) {
            return this;
        }
        return new ReportScope((path, line) -> test.test(path, line) && other.test.test(path, line),
                path -> files.test(path) && other.files.test(path), false);
    }

    /** Findings either scope reports. */
    public ReportScope or(ReportScope other) {
        if (all || other.all) {
            return ALL;
        }
        return new ReportScope((path, line) -> test.test(path, line) || other.test.test(path, line),
                path -> files.test(path) || other.files.test(path), false);
    }

    public boolean includes(String path, int line) {
        return all || test.test(path, line);
    }

    /** Whether findings in this file may be reported (on some line). */
    public boolean mayInclude(String path) {
        return all || files.test(path);
    }

    public boolean isAll() {
        return all;
    }
}
