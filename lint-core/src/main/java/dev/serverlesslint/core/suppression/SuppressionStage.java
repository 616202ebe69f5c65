package dev.serverlesslint.core.suppression;

import dev.serverlesslint.core.config.ConfigDocument;
import dev.serverlesslint.core.finding.Finding;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.java.JavaSource;
import dev.serverlesslint.core.location.ProjectSources;
import dev.serverlesslint.core.location.SourceLines;
import dev.serverlesslint.core.rule.RuleMetadata;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The engine stage after the rules: reads every suppression in the project, drops the findings they
 * cover, and adds SL001 for suppressions that name no rule or an unknown one and SL002 for
 * suppressions that covered nothing (only for rules that ran, since a rule that did not run
 * cannot have been matched).
 */
public final class SuppressionStage {

    /** What the stage decided. */
    public record Outcome(List<Finding> kept, List<Finding> added) {
    }

    private final Predicate<String> knownRule;
    private final Predicate<String> ranRule;
    private final Function<String, RuleMetadata> metadata;
    private final Function<RuleMetadata, Severity> severity;

    /**
     * @param knownRule whether a rule ID exists
     * @param ranRule   whether a rule ran in this lint (enabled)
     * @param metadata  metadata by rule ID (SL001 and SL002 must be known)
     * @param severity  the effective severity of a rule
     */
    public SuppressionStage(Predicate<String> knownRule, Predicate<String> ranRule,
                            Function<String, RuleMetadata> metadata, Function<RuleMetadata, Severity> severity) {
        this.knownRule = knownRule;
        this.ranRule = ranRule;
        this.metadata = metadata;
        this.severity = severity;
    }

    /** Reads the suppressions of one Java file; {@link FileSuppressions#NONE} when it has none. */
    public FileSuppressions read(JavaSource source, Supplier<SourceLines> lines) {
        if (!mayHoldSuppressions(source)) {
            return FileSuppressions.NONE;
        }
        SuppressionCollector collector = new SuppressionCollector(knownRule);
        JavaSuppressionReader.read(source, lines, collector);
        return new FileSuppressions(collector.suppressions(), collector.problems());
    }

    /**
     * Applies the suppressions of the Java files (read earlier, file by file, with {@link #read}) and
     * of the configuration files to the rules' findings.
     */
    public Outcome apply(List<FileSuppressions> javaFiles, List<ConfigDocument> configDocuments,
                         ProjectSources sources, List<Finding> findings) {
        SuppressionCollector collector = new SuppressionCollector(knownRule);
        for (FileSuppressions file : javaFiles) {
            collector.addAll(file.suppressions(), file.problems());
        }
        for (ConfigDocument document : configDocuments) {
            if (document.text().contains(DirectiveComment.PREFIX) || document.text().contains("serverless-lint")) {
                ConfigSuppressionReader.read(document, sources.lines(document.path()),
                        sources.regions(document.path()), collector);
            }
        }

        Set<Suppression> used = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Finding> kept = new ArrayList<>();
        for (Finding finding : findings) {
            boolean suppressed = false;
            for (Suppression suppression : collector.suppressions()) {
                if (suppression.covers(finding)) {
                    used.add(suppression);
                    suppressed = true;
                }
            }
            if (!suppressed) {
                kept.add(finding);
            }
        }

        List<Finding> added = new ArrayList<>();
        if (ranRule.test("SL001")) {
            RuleMetadata invalid = metadata.apply("SL001");
            for (SuppressionCollector.Problem problem : collector.problems()) {
                added.add(new Finding(invalid.id(), invalid.name(), severity.apply(invalid), problem.path(),
                        problem.position().line(), problem.position().column(), problem.message(), null));
            }
        }
        if (ranRule.test("SL002")) {
            RuleMetadata unused = metadata.apply("SL002");
            for (Suppression suppression : collector.suppressions()) {
                if (!used.contains(suppression) && ranRule.test(suppression.ruleId())) {
                    added.add(new Finding(unused.id(), unused.name(), severity.apply(unused), suppression.path(),
                            suppression.position().line(), suppression.position().column(),
                            "This " + suppression.form() + " suppresses " + suppression.ruleId()
                                    + ", but " + suppression.ruleId() + " reports nothing where it applies; "
                                    + "remove the suppression (or this rule ID from it).", null));
                }
            }
        }
        return new Outcome(kept, added);
    }

    /** Whether a file's text may hold a suppression: every form names the directive prefix. */
    public static boolean mayHoldSuppressions(String text) {
        return text.contains(DirectiveComment.PREFIX);
    }

    private static boolean mayHoldSuppressions(JavaSource source) {
        return source.mayHoldSuppressions() && (source.unit().getAllComments().stream()
                .anyMatch(c -> c.getContent().contains(DirectiveComment.PREFIX))
                || source.unit().findFirst(com.github.javaparser.ast.expr.StringLiteralExpr.class,
                        literal -> literal.getValue().contains(DirectiveComment.PREFIX)).isPresent());
    }
}
