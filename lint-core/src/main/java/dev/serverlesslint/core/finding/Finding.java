package dev.serverlesslint.core.finding;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One reported problem.
 *
 * @param ruleId   stable rule ID, e.g. {@code SL103}
 * @param ruleName kebab-case rule name
 * @param severity effective severity (after configuration)
 * @param path     path relative to the scanned root, with {@code /} separators
 * @param line     1-based line
 * @param column   1-based column in UTF-16 code units
 * @param message  what is wrong and what to do instead
 * @param function logical name of the Lambda function concerned, or {@code null}
 * @param fix      a change that resolves the finding, or {@code null} (most rules offer none)
 * @param related  other places the finding concerns (request-path hops, the configuration of a code finding),
 *                 in the order a reviewer follows them; empty for most findings
 */
public record Finding(
        String ruleId,
        String ruleName,
        Severity severity,
        String path,
        int line,
        int column,
        String message,
        String function,
        Fix fix,
        List<RelatedLocation> related) implements Comparable<Finding> {

    private static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::path)
            .thenComparingInt(Finding::line)
            .thenComparingInt(Finding::column)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message)
            .thenComparing(f -> f.function() == null ? "" : f.function());

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(ruleName, "ruleName");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        line = Math.max(1, line);
        column = Math.max(1, column);
        related = related == null ? List.of() : List.copyOf(related);
    }

    /** A finding without related locations. */
    public Finding(String ruleId, String ruleName, Severity severity, String path, int line, int column,
                   String message, String function, Fix fix) {
        this(ruleId, ruleName, severity, path, line, column, message, function, fix, List.of());
    }

    /** A finding without a fix. */
    public Finding(String ruleId, String ruleName, Severity severity, String path, int line, int column,
                   String message, String function) {
        this(ruleId, ruleName, severity, path, line, column, message, function, null);
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, ruleName, newSeverity, path, line, column, message, function, fix, related);
    }

    public Finding withFix(Fix newFix) {
        return new Finding(ruleId, ruleName, severity, path, line, column, message, function, newFix, related);
    }

    public Finding withRelated(List<RelatedLocation> newRelated) {
        return new Finding(ruleId, ruleName, severity, path, line, column, message, function, fix, newRelated);
    }

    /** The same finding with {@code prefix} before its path and its related locations' paths. */
    public Finding withPathPrefix(String prefix) {
        return new Finding(ruleId, ruleName, severity, prefix + path, line, column, message, function, fix,
                related.stream().map(r -> r.withPathPrefix(prefix)).toList());
    }

    /** Deterministic report order: path, line, column, rule, message. */
    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }

    // equals and hashCode are written out, here and in the records a finding holds: the generated ones are
    // linked at their first call through java.lang.runtime.ObjectMethods, method-handle classes spun at run
    // time that no class-data-sharing archive keeps (about 15 ms of a template run on JDK 17). Same fields and
    // same hash values as the generated methods (31 * hash + each component's hash, in declaration order).
    @Override
    public boolean equals(Object other) {
        return other instanceof Finding finding && line == finding.line && column == finding.column
                && ruleId.equals(finding.ruleId) && ruleName.equals(finding.ruleName) && severity == finding.severity
                && path.equals(finding.path) && message.equals(finding.message)
                && Objects.equals(function, finding.function) && Objects.equals(fix, finding.fix)
                && related.equals(finding.related);
    }

    @Override
    public int hashCode() {
        int hash = ruleId.hashCode();
        hash = 31 * hash + ruleName.hashCode();
        hash = 31 * hash + severity.hashCode();
        hash = 31 * hash + path.hashCode();
        hash = 31 * hash + line;
        hash = 31 * hash + column;
        hash = 31 * hash + message.hashCode();
        hash = 31 * hash + Objects.hashCode(function);
        hash = 31 * hash + Objects.hashCode(fix);
        return 31 * hash + related.hashCode();
    }
}
