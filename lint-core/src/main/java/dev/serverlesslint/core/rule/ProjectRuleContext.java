package dev.serverlesslint.core.rule;

import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.finding.SourcePosition;

/** The context of a {@link ProjectRule}: findings name their file. */
public interface ProjectRuleContext extends RuleContext {

    /**
     * Reports a finding in a root-relative file ({@code function} may be {@code null}; {@code severity}
     * {@code null} means the rule's). A severity the user configured for the rule takes precedence.
     */
    void reportAt(String path, SourcePosition position, String message, String function, Severity severity);
}
