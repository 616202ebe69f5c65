package dev.serverlesslint.rules.tmp;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.finding.SourcePosition;
import dev.serverlesslint.core.java.JavaSource;
import dev.serverlesslint.core.model.LambdaFunction;
import dev.serverlesslint.core.rule.JavaRule;
import dev.serverlesslint.core.rule.RuleContext;
import dev.serverlesslint.core.rule.RuleCategory;
import dev.serverlesslint.core.rule.RuleDefinition;
import dev.serverlesslint.core.rule.RulePrecision;

import java.util.Set;

/**
 * SL117: a fixed file name under /tmp written on the request path of a function on Lambda Managed
 * Instances. AWS, "Lambda Managed Instances runtimes": care is required for shared resources such as the
 * /tmp directory, which all concurrent requests of an environment share.
 */
@RuleDefinition(
        id = "SL117",
        name = "shared-tmp-path",
        severity = Severity.WARNING,
        category = RuleCategory.RELIABILITY,
        precision = RulePrecision.HIGH,
        summary = "A function on Lambda Managed Instances writes a fixed file name under /tmp on its request path.",
        description = "On Lambda Managed Instances the requests that one execution environment runs at the "
                + "same time share its /tmp directory. A fixed name such as /tmp/report.csv is written by several "
                + "requests at once: they overwrite each other's content, and one request can read, upload or "
                + "delete the file another is still writing.",
        remediation = "Give each request its own file: Files.createTempFile(..), or a name built from the "
                + "request ID (context.getAwsRequestId()) or another per-request value; delete it when done.")
public final class SharedTmpPathRule implements JavaRule {

    private static final Set<String> FILES_WRITES = Set.of("write", "writeString", "newOutputStream",
            "newBufferedWriter", "createFile", "copy", "move", "newByteChannel");
    private static final Set<String> WRITER_TYPES = Set.of("FileOutputStream", "FileWriter", "PrintWriter",
            "RandomAccessFile", "PrintStream");

    @Override
    public void check(JavaSource source, RuleContext context) {
        if (!context.model().requestPaths().reaches(source.unit())) {
            return;
        }
        for (TmpPathUse use : TmpPathUse.in(source, context.model().symbols())) {
            if (!use.path().fixed() || !isWrite(use)) {
                continue;
            }
            context.model().requestPaths().concurrentChainTo(use.expression()).ifPresent(chain -> {
                String function = context.model().functionsServing(chain).stream()
                        .filter(f -> f.managedInstances().isPresent()).map(LambdaFunction::name)
                        .findFirst().orElse(null);
                context.report(position(use.expression()), chain.describe() + " writes the fixed file "
                        + use.path().text() + ", which every request running at the same time on Lambda Managed "
                        + "Instances writes too" + (function == null ? "" : " (function '" + function + "')")
                        + ": they overwrite each other's file. Use Files.createTempFile(..) or a name built from "
                        + "the request ID.", function);
            });
        }
    }

    private static boolean isWrite(TmpPathUse use) {
        Node parent = use.expression().getParentNode().orElse(null);
        if (parent instanceof ObjectCreationExpr creation) {
            return WRITER_TYPES.contains(creation.getType().getNameAsString());
        }
        if (parent instanceof MethodCallExpr call && call.getScope().map(Object::toString).orElse("").endsWith("Files")) {
            if (call.getNameAsString().equals("copy") || call.getNameAsString().equals("move")) {
                return call.getArguments().size() >= 2 && call.getArgument(1) == use.expression();
            }
            return FILES_WRITES.contains(call.getNameAsString());
        }
        return false;
    }

    private static SourcePosition position(Node node) {
        return node.getBegin().map(p -> new SourcePosition(p.line, p.column)).orElse(SourcePosition.START);
    }
}
