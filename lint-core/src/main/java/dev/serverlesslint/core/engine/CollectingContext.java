package dev.serverlesslint.core.engine;

import dev.serverlesslint.core.finding.Finding;
import dev.serverlesslint.core.finding.Fix;
import dev.serverlesslint.core.finding.RelatedLocation;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.finding.SourcePosition;
import dev.serverlesslint.core.model.ProjectModel;
import dev.serverlesslint.core.rule.ProjectRuleContext;
import dev.serverlesslint.core.rule.RuleMetadata;
import dev.serverlesslint.core.rule.RuleOptions;

import java.time.LocalDate;
import java.util.List;

/** The context of one rule checking one file: findings go into the given list. */
final class CollectingContext implements ProjectRuleContext {

    private final ProjectModel model;
    private final LocalDate asOf;
    private final RuleMetadata rule;
    private final RuleOptions options;
    private final Severity severity;
    /** The user configured this rule's severity: it then applies to every finding of the rule. */
    private final boolean severityConfigured;
    private final String path;
    private final List<Finding> sink;

    CollectingContext(ProjectModel model, LocalDate asOf, RuleMetadata rule, RuleOptions options, Severity severity,
                      boolean severityConfigured,
                      String path, List<Finding> sink) {
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
        report(position, message, function, (Fix) null);
    }

    @Override
    public void report(SourcePosition position, String message, String function, Fix fix) {
        sink.add(new Finding(rule.id(), rule.name(), severity, path, position.line(), position.column(),
                message, function, fix));
    }

    @Override
    public void report(SourcePosition position, String message, String function, List<RelatedLocation> related) {
        sink.add(new Finding(rule.id(), rule.name(), severity, path, position.line(), position.column(),
                message, function, null, related));
    }

    @Override
    public void report(SourcePosition position, String message, String function, Severity chosen) {
        Severity effective = severityConfigured ? severity : chosen;
        sink.add(new Finding(rule.id(), rule.name(), effective, path, position.line(), position.column(),
                message, function));
    }

    @Override
    public void reportAt(String filePath, SourcePosition position, String message, String function, Severity chosen) {
        Severity effective = severityConfigured || chosen == null ? severity : chosen;
        sink.add(new Finding(rule.id(), rule.name(), effective, filePath, position.line(), position.column(),
                message, function));
    }
}
