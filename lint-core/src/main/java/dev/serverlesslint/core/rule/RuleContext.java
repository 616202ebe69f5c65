package dev.serverlesslint.core.rule;

import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.finding.SourcePosition;
import dev.serverlesslint.core.model.ProjectModel;

import java.time.LocalDate;

/** What a rule sees while checking one file: the project, the date, and a place to report. */
public interface RuleContext {

    ProjectModel model();

    /** This rule's options from the project configuration. */
    RuleOptions options();

    /** The date dated rules evaluate against: today, or {@code --as-of}. */
    LocalDate asOf();

    /** Reports a finding of the running rule in the file being checked. */
    void report(SourcePosition position, String message);

    /** Reports a finding that concerns the Lambda function with the given logical name. */
    void report(SourcePosition position, String message, String function);

    /**
     * Reports a finding with a severity of its own instead of the rule's default, for a milder or
     * graver case of the same problem (e.g. an asynchronous invocation). When the project
     * configuration sets this rule's severity, the configured severity wins.
     */
    default void report(SourcePosition position, String message, String function, Severity severity) {
        report(position, message, function);
    }
}
