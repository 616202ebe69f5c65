package dev.serverlesslint.core.rule;

import dev.serverlesslint.core.finding.Fix;
import dev.serverlesslint.core.finding.RelatedLocation;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.finding.SourcePosition;
import dev.serverlesslint.core.model.ProjectModel;

import java.time.LocalDate;
import java.util.List;

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
     * Reports a finding with a change that resolves it ({@code function} may be {@code null}). Contexts
     * that cannot carry fixes report the finding without it.
     */
    default void report(SourcePosition position, String message, String function, Fix fix) {
        report(position, message, function);
    }

    /**
     * Reports a finding with the other places it concerns ({@code function} may be {@code null}), e.g. the
     * configuration line of a finding in code, which reports link to. Contexts that cannot carry them report the
     * finding without them.
     */
    default void report(SourcePosition position, String message, String function, List<RelatedLocation> related) {
        report(position, message, function);
    }

    /**
     * Reports a finding at a severity the rule chose for this case (e.g. SL205 is a note for a
     * function with no event source, SL206 an error once a runtime is deprecated). A severity the
     * user configured for the rule takes precedence.
     */
    default void report(SourcePosition position, String message, String function, Severity severity) {
        report(position, message, function);
    }
}
