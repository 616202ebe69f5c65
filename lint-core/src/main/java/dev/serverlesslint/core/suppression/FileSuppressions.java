package dev.serverlesslint.core.suppression;

import java.util.List;

/**
 * The suppressions written in one Java file and the problems with them, read while the file's tree
 * is at hand so that the tree need not be kept for the stage after the rules.
 */
public final class FileSuppressions {

    public static final FileSuppressions NONE = new FileSuppressions(List.of(), List.of());

    private final List<Suppression> suppressions;
    private final List<SuppressionCollector.Problem> problems;

    FileSuppressions(List<Suppression> suppressions, List<SuppressionCollector.Problem> problems) {
        this.suppressions = List.copyOf(suppressions);
        this.problems = List.copyOf(problems);
    }

    /** The suppressions of a file as stored by the result cache (from {@link #suppressions} and {@link #problems}). */
    public static FileSuppressions of(List<Suppression> suppressions, List<SuppressionCollector.Problem> problems) {
        return suppressions.isEmpty() && problems.isEmpty() ? NONE : new FileSuppressions(suppressions, problems);
    }

    public boolean isEmpty() {
        return suppressions.isEmpty() && problems.isEmpty();
    }

    public List<Suppression> suppressions() {
        return suppressions;
    }

    public List<SuppressionCollector.Problem> problems() {
        return problems;
    }
}
