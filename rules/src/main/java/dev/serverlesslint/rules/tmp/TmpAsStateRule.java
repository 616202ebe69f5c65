package dev.serverlesslint.rules.tmp;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.stmt.IfStmt;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.finding.SourcePosition;
import dev.serverlesslint.core.java.JavaSource;
import dev.serverlesslint.core.requestpath.InitOnce;
import dev.serverlesslint.core.rule.JavaRule;
import dev.serverlesslint.core.rule.RuleContext;
import dev.serverlesslint.core.rule.RuleCategory;
import dev.serverlesslint.core.rule.RuleDefinition;
import dev.serverlesslint.core.rule.RulePrecision;

import java.util.List;
import java.util.Optional;

/**
 * SL104: the request path reads, or checks the existence of, a fixed path under /tmp that it does
 * not write itself. Not reported: a cache fill ({@code if (!Files.exists(p)) download(p);} and
 * reads after it), and reads of a path that this file also writes before (in the same method) or
 * elsewhere (in another method).
 */
@RuleDefinition(
        id = "SL104",
        name = "tmp-as-state",
        severity = Severity.WARNING,
        category = RuleCategory.RELIABILITY,
        precision = RulePrecision.MEDIUM,
        summary = "The request path reads, or checks for, a fixed /tmp file that an earlier invocation is assumed to have written.",
        description = "/tmp belongs to one execution environment and lives only as long as Lambda reuses "
                + "it. Code that expects a file left by an earlier invocation (a marker, a token, a "
                + "counter, cached results) works in tests and warm environments, then behaves "
                + "differently on every cold start, in every concurrent environment, and after each "
                + "deployment, because each environment has its own, initially empty /tmp.",
        remediation = "Keep state that must survive an invocation in DynamoDB, S3, ElastiCache or "
                + "Parameter Store. Using /tmp as a cache is fine when a missing file is handled: check, "
                + "then download or build it when absent, in the same invocation.")
public final class TmpAsStateRule implements JavaRule {

    @Override
    public void check(JavaSource source, RuleContext context) {
        if (!context.model().requestPaths().reaches(source.unit())) {
            return;
        }
        List<TmpPathUse> uses = TmpPathUse.in(source, context.model().symbols());
        for (TmpPathUse use : uses) {
            if (!use.path().fixed() || use.kind() == TmpPathUse.Kind.OTHER || InitOnce.isGuarded(use.expression())) {
                continue;
            }
            Optional<String> chain = context.model().requestPaths().chainTo(use.expression()).map(c -> c.describe());
            if (chain.isEmpty()) {
                continue;
            }
            if (use.kind() == TmpPathUse.Kind.EXISTS && !isCacheFill(use, uses)) {
                report(context, use, chain.get() + " checks whether " + use.path().text() + " exists, as if an "
                        + "earlier invocation had left it there");
            } else if (use.kind() == TmpPathUse.Kind.READ && !isWrittenFirst(use, uses) && !isCheckedInMethod(use, uses)) {
                report(context, use, chain.get() + " reads " + use.path().text() + ", which nothing on this path "
                        + "writes: it expects a file left by an earlier invocation");
            }
        }
    }

    private static void report(RuleContext context, TmpPathUse use, String what) {
        SourcePosition position = use.expression().getBegin()
                .map(p -> new SourcePosition(p.line, p.column)).orElse(SourcePosition.START);
        context.report(position, what + ". /tmp lives only while this execution environment is reused; "
                + "cold starts and other environments start empty. Keep such state in DynamoDB, S3 or "
                + "Parameter Store, or rebuild the file when it is missing.");
    }

    /** An existence check whose {@code if} writes the same path in one of its branches. */
    private static boolean isCacheFill(TmpPathUse check, List<TmpPathUse> uses) {
        Optional<IfStmt> guard = enclosingIfCondition(check.expression());
        if (guard.isEmpty()) {
            return false;
        }
        return uses.stream().anyMatch(other -> other.kind() == TmpPathUse.Kind.OTHER
                && sameOrInside(other.path(), check.path()) && guard.get().isAncestorOf(other.expression()));
    }

    private static Optional<IfStmt> enclosingIfCondition(Node node) {
        Node child = node;
        Node current = node.getParentNode().orElse(null);
        while (current != null) {
            if (current instanceof IfStmt ifStmt) {
                return ifStmt.getCondition() == child ? Optional.of(ifStmt) : Optional.empty();
            }
            if (current instanceof com.github.javaparser.ast.stmt.Statement) {
                return Optional.empty();
            }
            child = current;
            current = current.getParentNode().orElse(null);
        }
        return Optional.empty();
    }

    /** The path is written in this file: earlier in the same method, or in another method. */
    private static boolean isWrittenFirst(TmpPathUse read, List<TmpPathUse> uses) {
        return uses.stream().anyMatch(other -> other.kind() == TmpPathUse.Kind.OTHER
                && sameOrInside(other.path(), read.path())
                && (!sameMethod(other, read) || other.line() < read.line()));
    }

    /** An existence check of the path in the same method (reported on its own, or a cache fill). */
    private static boolean isCheckedInMethod(TmpPathUse read, List<TmpPathUse> uses) {
        return uses.stream().anyMatch(other -> other.kind() == TmpPathUse.Kind.EXISTS
                && other.path().text().equals(read.path().text()) && sameMethod(other, read));
    }

    private static boolean sameMethod(TmpPathUse a, TmpPathUse b) {
        return a.method().isPresent() && b.method().isPresent() && a.method().get() == b.method().get();
    }

    /** The same path, or {@code candidate} being the directory the other is in (a written directory). */
    private static boolean sameOrInside(PathText written, PathText used) {
        return written.text().equals(used.text()) || used.text().startsWith(written.text() + "/");
    }
}
