package dev.serverlesslint.core.engine;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Which findings a run reports, while the whole project is still analysed ("analyse all, report
 * some"): all of them, those in some files (pre-commit's changed files), or those on some lines
 * (lines changed since a git ref). Paths are relative to the root with {@code /} separators.
 */
public final class ReportScope {

    public static final ReportScope ALL = new ReportScope((path, line) -> true, true);

    private final BiPredicate<String, Integer> test;
    private final boolean all;

    private ReportScope(BiPredicate<String, Integer> test, boolean all) {
        this.test = test;
        this.all = all;
    }

    /** Findings in these files, or anywhere below these directories ({@code ""} or {@code "."} is the root). */
    public static ReportScope paths(Collection<String> filesOrDirectories) {
        List<String> prefixes = filesOrDirectories.stream()
                .map(p -> p.replace('\\', '/'))
                .map(p -> p.endsWith("/") ? p.substring(0, p.length() - 1) : p)
                .toList();
        return new ReportScope((path, line) -> prefixes.stream().anyMatch(prefix ->
                prefix.isEmpty() || prefix.equals(".") || path.equals(prefix) || path.startsWith(prefix + "/")), false);
    }

    /** Findings on these lines of these files (1-based line numbers). */
    public static ReportScope lines(Map<String, Set<Integer>> linesByPath) {
        Map<String, Set<Integer>> copy = Map.copyOf(linesByPath);
        return new ReportScope((path, line) -> copy.getOrDefault(path, Set.of()).contains(line), false);
    }

    /** Findings both scopes report. */
    public ReportScope and(ReportScope other) {
        if (all) {
            return other;
        }
        if (other.all) {
            return this;
        }
        return new ReportScope((path, line) -> test.test(path, line) && other.test.test(path, line), false);
    }

    /** Findings either scope reports. */
    public ReportScope or(ReportScope other) {
        if (all || other.all) {
            return ALL;
        }
        return new ReportScope((path, line) -> test.test(path, line) || other.test.test(path, line), false);
    }

    public boolean includes(String path, int line) {
        return all || test.test(path, line);
    }

    public boolean isAll() {
        return all;
    }
}
