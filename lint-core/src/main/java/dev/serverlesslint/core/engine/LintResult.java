package dev.serverlesslint.core.engine;

import dev.serverlesslint.core.baseline.Baseline;
import dev.serverlesslint.core.finding.Finding;
import dev.serverlesslint.core.finding.Severity;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of a run.
 *
 * @param findings         the reported findings, sorted deterministically
 * @param filesChecked     how many files were checked: every file read, or those the report scope may include
 * @param internalErrors   rule failures (the run still completed)
 * @param rules            the rules that were available
 * @param currentBaseline  a baseline accepting every finding of this run after suppressions, before
 *                         the request's baseline and report scope (what {@code --write-baseline} writes)
 * @param hiddenByBaseline how many findings the request's baseline hid
 * @param fingerprints     the fingerprint ({@link dev.serverlesslint.core.baseline.Fingerprint#value()})
 *                         of each reported finding, stable across line shifts
 */
public record LintResult(List<Finding> findings, int filesChecked, List<InternalError> internalErrors,
                         RuleSet rules, Baseline currentBaseline, int hiddenByBaseline,
                         Map<Finding, String> fingerprints) {

    public LintResult {
        findings = List.copyOf(findings);
        internalErrors = List.copyOf(internalErrors);
        currentBaseline = currentBaseline == null ? Baseline.EMPTY : currentBaseline;
        fingerprints = Map.copyOf(fingerprints);
    }

    public LintResult(List<Finding> findings, int filesChecked, List<InternalError> internalErrors, RuleSet rules) {
        this(findings, filesChecked, internalErrors, rules, Baseline.EMPTY, 0, Map.of());
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    public long countAtLeast(Severity threshold) {
        return findings.stream().filter(f -> f.severity().isAtLeast(threshold)).count();
    }

    /** The finding's fingerprint, when the engine computed one. */
    public Optional<String> fingerprint(Finding finding) {
        return Optional.ofNullable(fingerprints.get(finding));
    }
}
