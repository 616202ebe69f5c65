package dev.serverlesslint.core.rule;

import java.util.Locale;

/**
 * How often a rule's findings are right, in GitHub code scanning's terms (the SARIF rule property
 * {@code precision}): code scanning ranks and filters alerts by it.
 */
public enum RulePrecision {
    /** Not stated: only rules written for tests; every shipped rule states its precision (checked by a test). */
    UNSPECIFIED,
    /** Exact facts of the configuration or the code (a missing setting, a literal access key). */
    VERY_HIGH,
    /** Findings that follow the request path or a name pattern and are right in the great majority of cases. */
    HIGH,
    /** Findings that depend on intent the code does not show (e.g. whether a /tmp file is meant to persist). */
    MEDIUM,
    /** Heuristics with frequent false positives. */
    LOW;

    /** {@code very-high}, {@code high}, {@code medium} or {@code low}; empty for {@link #UNSPECIFIED}. */
    public String sarifName() {
        return this == UNSPECIFIED ? "" : name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
