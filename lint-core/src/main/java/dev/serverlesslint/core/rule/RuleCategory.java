package dev.serverlesslint.core.rule;

import java.util.Locale;

/**
 * The kind of harm a rule's findings do. It becomes a tag of the rule in SARIF, where GitHub code scanning
 * files rules tagged {@code security} (and scored with a security severity) as security alerts and the others
 * as quality alerts.
 */
public enum RuleCategory {
    /** Not classified: only rules written for tests; every shipped rule names its category (checked by a test). */
    UNCLASSIFIED,
    /** Credentials, permissions or secrets exposed or too broad. */
    SECURITY,
    /** Wrong behaviour, failed or lost invocations, state that leaks between requests. */
    RELIABILITY,
    /** Latency, cold starts, work repeated on every invocation. */
    PERFORMANCE,
    /** Money spent for nothing: billed waiting, storage kept forever. */
    COST,
    /** Configuration and observability that make the project harder to keep right. */
    MAINTAINABILITY;

    /** The SARIF tag, e.g. {@code reliability}; empty for {@link #UNCLASSIFIED}. */
    public String tag() {
        return this == UNCLASSIFIED ? "" : name().toLowerCase(Locale.ROOT);
    }
}
