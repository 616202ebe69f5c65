package dev.serverlesslint.rules.lifecycle;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.finding.SourcePosition;
import dev.serverlesslint.core.java.JavaSource;
import dev.serverlesslint.core.rule.JavaRule;
import dev.serverlesslint.core.rule.RuleContext;
import dev.serverlesslint.core.rule.RuleCategory;
import dev.serverlesslint.core.rule.RuleDefinition;
import dev.serverlesslint.core.rule.RulePrecision;

import java.util.Optional;

/** SL110: System.exit / Runtime.halt on the request path. */
@RuleDefinition(
        id = "SL110",
        name = "system-exit-in-handler",
        severity = Severity.ERROR,
        category = RuleCategory.RELIABILITY,
        precision = RulePrecision.VERY_HIGH,
        summary = "System.exit or Runtime.halt is called on the request path.",
        description = "Exiting the JVM during an invocation kills the runtime process: the invocation "
                + "fails with Runtime.ExitError instead of a response or a meaningful exception, the "
                + "execution environment is torn down, and the next request pays a full cold start. "
                + "For asynchronous and stream events the whole batch is retried.",
        remediation = "Throw an exception (the runtime reports it as the invocation's error) or return "
                + "an error response such as an HTTP 500; keep System.exit for command-line tools.")
public final class SystemExitRule implements JavaRule {

    @Override
    public void check(JavaSource source, RuleContext context) {
        if (!context.model().requestPaths().reaches(source.unit())) {
            return;
        }
        source.unit().walk(MethodCallExpr.class, call -> exitCall(call).ifPresent(description ->
                context.model().requestPaths().chainTo(call).ifPresent(chain -> context.report(
                        call.getBegin().map(p -> new SourcePosition(p.line, p.column)).orElse(SourcePosition.START),
                        chain.describe() + " -> " + description + " terminates the Lambda runtime: the "
                                + "invocation fails with Runtime.ExitError and the next request pays a cold "
                                + "start. Throw an exception or return an error response instead."))));
    }

    private static Optional<String> exitCall(MethodCallExpr call) {
        String name = call.getNameAsString();
        if (!name.equals("exit") && !name.equals("halt")) {
            return Optional.empty();
        }
        Optional<Expression> scope = call.getScope();
        if (scope.isEmpty()) {
            return Optional.empty();
        }
        if (name.equals("exit") && isName(scope.get(), "System")) {
            return Optional.of("System.exit()");
        }
        if (scope.get() instanceof MethodCallExpr runtime && runtime.getNameAsString().equals("getRuntime")
                && runtime.getScope().filter(s -> isName(s, "Runtime")).isPresent()) {
            return Optional.of("Runtime.getRuntime()." + name + "()");
        }
        return Optional.empty();
    }

    /** {@code System} or {@code java.lang.System}. */
    private static boolean isName(Expression expression, String simpleName) {
        return (expression instanceof NameExpr name && name.getNameAsString().equals(simpleName))
                || (expression instanceof FieldAccessExpr access && access.getNameAsString().equals(simpleName)
                && access.getScope().toString().equals("java.lang"));
    }
}
