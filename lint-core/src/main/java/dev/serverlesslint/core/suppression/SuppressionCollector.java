package dev.serverlesslint.core.suppression;

import dev.serverlesslint.core.finding.SourcePosition;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Gathers the suppressions of a project, and the problems with them (SL001). */
public final class SuppressionCollector {

    /** A suppression that cannot be honoured, reported as SL001 where it is written. */
    public record Problem(String path, SourcePosition position, String message) {
    }

    private final Predicate<String> knownRule;
    private final List<Suppression> suppressions = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    SuppressionCollector(Predicate<String> knownRule) {
        this.knownRule = knownRule;
    }

    /**
     * Adds one suppression per valid ID; reports a missing or unknown ID. {@code example} shows the
     * right way to write this form, for the message.
     */
    void add(List<String> ruleIds, String path, SourcePosition position, int firstLine, int lastLine,
             String function, String form, String example) {
        if (ruleIds.isEmpty()) {
            problem(path, position, "This " + form + " names no rule; write the IDs it suppresses, e.g. "
                    + example + ".");
            return;
        }
        for (String id : ruleIds) {
            if (knownRule.test(id)) {
                suppressions.add(new Suppression(id, path, position, firstLine, lastLine, function, form));
            } else {
                problem(path, position, "Unknown rule ID '" + id + "' in this " + form + ", so it "
                        + "suppresses nothing; use an ID from --list-rules, e.g. " + example + ".");
            }
        }
    }

    void addAll(List<Suppression> more, List<Problem> moreProblems) {
        suppressions.addAll(more);
        problems.addAll(moreProblems);
    }

    void problem(String path, SourcePosition position, String message) {
        problems.add(new Problem(path, position, message));
    }

    List<Suppression> suppressions() {
        return suppressions;
    }

    List<Problem> problems() {
        return problems;
    }
}
