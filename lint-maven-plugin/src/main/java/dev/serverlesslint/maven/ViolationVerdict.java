package dev.serverlesslint.maven;

import dev.serverlesslint.core.engine.LintResult;
import dev.serverlesslint.core.finding.Severity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a lint result breaks the build: the findings at or above the severity threshold
 * (the violations) against the number allowed.
 */
final class ViolationVerdict {

    private final Severity threshold;
    private final int maxAllowed;
    private final long errors;
    private final long warnings;
    private final long notes;

    private ViolationVerdict(Severity threshold, int maxAllowed, long errors, long warnings, long notes) {
        this.threshold = threshold;
        this.maxAllowed = maxAllowed;
        this.errors = errors;
        this.warnings = warnings;
        this.notes = notes;
    }

    static ViolationVerdict of(LintResult result, Severity threshold, int maxAllowed) {
        return new ViolationVerdict(threshold, maxAllowed, result.count(Severity.ERROR), result.count(Severity.WARNING),
                result.count(Severity.NOTE));
    }

    long violations() {
        long count = errors;
        if (Severity.WARNING.isAtLeast(threshold)) {
            count += warnings;
        }
        if (Severity.NOTE.isAtLeast(threshold)) {
            count += notes;
        }
        return count;
    }

    boolean exceedsLimit() {
        return violations() > maxAllowed;
    }

    /** The message of the build failure: counts, the limit, where the reports are and what to do. */
    String failureMessage(List<Path> reports) {
        StringBuilder message = new StringBuilder();
        message.append("serverless-lint found ").append(plural(violations(), "violation"))
                .append(" (findings at or above '").append(threshold.label()).append("': ")
                .append(countsAtOrAboveThreshold()).append(")");
        if (maxAllowed == 0) {
            message.append("; none are allowed.");
        } else {
            message.append(", more than the ").append(maxAllowed).append(" allowed (maxAllowedViolations).");
        }
        message.append(reportsSentence(reports));
        message.append(" Fix the findings listed above, or tune severityThreshold / maxAllowedViolations,"
                + " or set -Dserverless-lint.failOnViolation=false to report without failing.");
        return message.toString();
    }

    /** Logged instead of failing when {@code failOnViolation} is off. */
    String toleratedMessage() {
        return "serverless-lint: " + plural(violations(), "violation") + " (" + countsAtOrAboveThreshold()
                + ") exceed the " + maxAllowed + " allowed; not failing the build because failOnViolation is false.";
    }

    private String countsAtOrAboveThreshold() {
        List<String> parts = new ArrayList<>();
        parts.add(plural(errors, "error"));
        if (Severity.WARNING.isAtLeast(threshold)) {
            parts.add(plural(warnings, "warning"));
        }
        if (Severity.NOTE.isAtLeast(threshold)) {
            parts.add(plural(notes, "note"));
        }
        return String.join(", ", parts);
    }

    static String reportsSentence(List<Path> reports) {
        if (reports.isEmpty()) {
            return " No report files were written (set formats to write some).";
        }
        return " Reports: " + String.join(", ", reports.stream().map(Path::toString).toList()) + ".";
    }

    static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
