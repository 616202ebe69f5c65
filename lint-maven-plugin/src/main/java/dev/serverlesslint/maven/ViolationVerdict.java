package dev.serverlesslint.maven;

import dev.serverlesslint.core.engine.LintResult;
import dev.serverlesslint.core.finding.Finding;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.session.Verdict;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Maven wording of the session's {@link Verdict}: the findings at or above the severity threshold
 * (the violations) against the number allowed.
 */
final class ViolationVerdict {

    /** Violations listed in the failure message; the reports have all of them. */
    static final int LISTED = 20;

    private final Verdict verdict;

    ViolationVerdict(Verdict verdict) {
        this.verdict = verdict;
    }

    static ViolationVerdict of(LintResult result, Severity threshold, int maxAllowed) {
        return new ViolationVerdict(Verdict.of(result, threshold, maxAllowed));
    }

    long violations() {
        return verdict.violations();
    }

    boolean exceedsLimit() {
        return verdict.exceedsLimit();
    }

    /**
     * The message of the build failure: counts, the limit, the violations themselves (the first
     * {@value #LISTED}: under {@code mvn -q} this message is all the user sees), where the reports are and
     * what to do.
     */
    String failureMessage(List<Path> reports, List<Finding> findings) {
        StringBuilder message = new StringBuilder();
        message.append("serverless-lint found ").append(plural(violations(), "violation"))
                .append(" (findings at or above '").append(verdict.threshold().label()).append("': ")
                .append(countsAtOrAboveThreshold()).append(")");
        if (verdict.maxAllowed() == 0) {
            message.append("; none are allowed:");
        } else {
            message.append(", more than the ").append(verdict.maxAllowed()).append(" allowed (maxAllowedViolations):");
        }
        List<Finding> violations = findings.stream().filter(f -> f.severity().isAtLeast(verdict.threshold())).toList();
        for (Finding finding : violations.subList(0, Math.min(LISTED, violations.size()))) {
            message.append(System.lineSeparator()).append("  ").append(MavenWording.of(FindingLog.format(finding)));
        }
        if (violations.size() > LISTED) {
            message.append(System.lineSeparator()).append("  ... and ").append(violations.size() - LISTED)
                    .append(" more in the reports.");
        }
        message.append(System.lineSeparator()).append(reportsSentence(reports).strip());
        message.append(" Fix these findings, or tune severityThreshold / maxAllowedViolations,"
                + " or set -Dserverless-lint.failOnViolation=false to report without failing.");
        return message.toString();
    }

    /** Logged instead of failing when {@code failOnViolation} is off. */
    String toleratedMessage() {
        return "serverless-lint: " + plural(violations(), "violation") + " (" + countsAtOrAboveThreshold()
                + ") exceed the " + verdict.maxAllowed() + " allowed; not failing the build because failOnViolation is false.";
    }

    private String countsAtOrAboveThreshold() {
        List<String> parts = new ArrayList<>();
        parts.add(plural(verdict.count(Severity.ERROR), "error"));
        if (Severity.WARNING.isAtLeast(verdict.threshold())) {
            parts.add(plural(verdict.count(Severity.WARNING), "warning"));
        }
        if (Severity.NOTE.isAtLeast(verdict.threshold())) {
            parts.add(plural(verdict.count(Severity.NOTE), "note"));
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
