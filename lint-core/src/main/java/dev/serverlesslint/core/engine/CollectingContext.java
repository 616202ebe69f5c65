package dev.serverlesslint.core.engine;

import dev.serverlesslint.core.finding.Finding;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.finding.SourcePosition;
import dev.serverlesslint.core.model.ProjectModel;
import dev.serverlesslint.core.rule.RuleContext;
import dev.serverlesslint.core.rule.RuleMetadata;
import dev.serverlesslint.core.rule.RuleOptions;

import java.time.LocalDate;
import java.util.List;

/** The context of one rule checking one file: findings go into the given list. */
final class CollectingContext implements RuleContext {

    private final ProjectModel model;
    private final LocalDate asOf;
    private final RuleMetadata rule;
    private final RuleOptions options;
    private final Severity severity;
    private final boolean severityConfigured;
    private final String path;
    private final List<Finding> sink;

    CollectingContext(ProjectModel model, LocalDate asOf, RuleMetadata rule, RuleOptions options, Severity severity,
                      String path, List<Finding> sink) {
        this(model, asOf, rule, options, severity, false, path, sink);
    }

    /** {@code severityConfigured}: the severity comes from the project configuration, so rules cannot change it. */
    CollectingContext(ProjectModel model, LocalDate asOf, RuleMetadata rule, RuleOptions options, Severity severity,
                      boolean severityConfigured, String path, List<Finding> sink) {
        this.model = model;
        this.asOf = asOf;
        this.rule = rule;
        this.options = options;
        this.severity = severity;
        this.severityConfigured = severityConfigured;
        this.path = path;
        this.sink = sink;
    }

    @Override
    public ProjectModel model() {
        return model;
    }

    @Override
    public RuleOptions options() {
        return options;
    }

    @Override
    public LocalDate asOf() {
        return asOf;
    }

    @Override
    public void report(SourcePosition position, String message) {
        report(position, message, null);
    }

    @Override
    public void report(SourcePosition position, String message, String function) {
        sink.add(new Finding(rule.id(), rule.name(), severity, path, position.line(), position.column(),
                message, function));
    }

    @Override
    public void report(SourcePosition position, String message, String function, Severity ownSeverity) {
        Severity effective = severityConfigured ? severity : ownSeverity;
        sink.add(new Finding(rule.id(), rule.name(), effective, path, position.line(), position.column(),
                message, function));
    }
}
