package dev.serverlesslint.core.session;

import dev.serverlesslint.core.engine.LintResult;
import dev.serverlesslint.core.finding.Severity;

/**
 * What a session concludes, for every entry point alike. In order: an invalid configuration or
 * baseline, then a rule that failed, make the run an error (exit status 2); a run that wrote a
 * baseline is clean; otherwise the findings at or above the threshold (the violations) break the
 * run (exit status 1) when there are more than allowed.
 */
public final class Verdict {

    public static final int EXIT_CLEAN = 0;
    public static final int EXIT_FINDINGS = 1;
    public static final int EXIT_ERROR = 2;

    /** The outcome, from best to worst. */
    public enum Kind { CLEAN, FINDINGS, CONFIGURATION_ERROR, INTERNAL_ERROR }

    private final Kind kind;
    private final Severity threshold;
    private final int maxAllowed;
    private final long errors;
    private final long warnings;
    private final long notes;

    private Verdict(Kind kind, Severity threshold, int maxAllowed, long errors, long warnings, long notes) {
        this.kind = kind;
        this.threshold = threshold;
        this.maxAllowed = maxAllowed;
        this.errors = errors;
        this.warnings = warnings;
        this.notes = notes;
    }

    /** The violations of a result against a threshold and a limit, with no configuration or rule errors. */
    public static Verdict of(LintResult result, Severity threshold, int maxAllowed) {
        return judge(result, threshold, maxAllowed, false, false);
    }

    static Verdict judge(LintResult result, Severity threshold, int maxAllowed, boolean invalidConfiguration,
                         boolean baselineWritten) {
        long errors = result.count(Severity.ERROR);
        long warnings = result.count(Severity.WARNING);
        long notes = result.count(Severity.NOTE);
        Verdict counted = new Verdict(Kind.CLEAN, threshold, maxAllowed, errors, warnings, notes);
        Kind kind;
        if (invalidConfiguration) {
            kind = Kind.CONFIGURATION_ERROR;
        } else if (!result.internalErrors().isEmpty()) {
            kind = Kind.INTERNAL_ERROR;
        } else if (!baselineWritten && counted.violations() > maxAllowed) {
            kind = Kind.FINDINGS;
        } else {
            kind = Kind.CLEAN;
        }
        return new Verdict(kind, threshold, maxAllowed, errors, warnings, notes);
    }

    public Kind kind() {
        return kind;
    }

    /** 0 clean, 1 too many violations, 2 configuration or internal error. */
    public int exitCode() {
        return switch (kind) {
            case CLEAN -> EXIT_CLEAN;
            case FINDINGS -> EXIT_FINDINGS;
            case CONFIGURATION_ERROR, INTERNAL_ERROR -> EXIT_ERROR;
        };
    }

    public Severity threshold() {
        return threshold;
    }

    public int maxAllowed() {
        return maxAllowed;
    }

    /** Findings at or above the threshold. */
    public long violations() {
        long count = errors;
        if (Severity.WARNING.isAtLeast(threshold)) {
            count += warnings;
        }
        if (Severity.NOTE.isAtLeast(threshold)) {
            count += notes;
        }
        return count;
    }

    /** Whether the violations are more than allowed (whatever else the verdict says). */
    public boolean exceedsLimit() {
        return violations() > maxAllowed;
    }

    public long count(Severity severity) {
        return switch (severity) {
            case ERROR -> errors;
            case WARNING -> warnings;
            case NOTE -> notes;
        };
    }
}
