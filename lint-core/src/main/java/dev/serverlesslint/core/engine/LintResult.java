package dev.serverlesslint.core.engine;

import dev.serverlesslint.core.finding.Finding;
import dev.serverlesslint.core.finding.Severity;

import java.util.List;

/**
 * The outcome of a run.
 *
 * @param findings       all findings, sorted deterministically
 * @param filesChecked   how many files were read
 * @param internalErrors rule failures (the run still completed)
 * @param rules          the rules that were available
 */
public record LintResult(List<Finding> findings, int filesChecked, List<InternalError> internalErrors,
                         RuleSet rules) {

    public LintResult {
        findings = List.copyOf(findings);
        internalErrors = List.copyOf(internalErrors);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    public long countAtLeast(Severity threshold) {
        return findings.stream().filter(f -> f.severity().isAtLeast(threshold)).count();
    }
}
