package dev.serverlesslint.rules.lifecycle;

import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.finding.SourcePosition;
import dev.serverlesslint.core.java.JavaSource;
import dev.serverlesslint.core.model.LambdaFunction;
import dev.serverlesslint.core.requestpath.CallChain;
import dev.serverlesslint.core.rule.JavaRule;
import dev.serverlesslint.core.rule.RuleContext;
import dev.serverlesslint.core.rule.RuleCategory;
import dev.serverlesslint.core.rule.RuleDefinition;
import dev.serverlesslint.core.rule.RulePrecision;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** SL116: the request path changes a JVM-wide setting; an error under Lambda Managed Instances. */
@RuleDefinition(
        id = "SL116",
        name = "process-wide-side-effect",
        severity = Severity.WARNING,
        category = RuleCategory.RELIABILITY,
        precision = RulePrecision.HIGH,
        summary = "The request path changes a JVM-wide setting (system property, System.out, default time zone or locale, context class loader).",
        description = "System properties, System.out/err, the default TimeZone and Locale and the thread's "
                + "context class loader belong to the whole JVM (or the runtime's worker thread). Changed on the "
                + "request path, they stay changed for the next invocation the environment serves. On Lambda "
                + "Managed Instances, where one JVM runs many requests at once, they also change under the feet "
                + "of concurrent requests (an error there).",
        remediation = "Set JVM-wide settings once during init (or with JAVA_TOOL_OPTIONS), and pass per-request "
                + "values explicitly: a ZoneId or Locale argument, a formatter with its own zone, a logger "
                + "instead of swapping System.out.")
public final class ProcessWideSideEffectRule implements JavaRule {

    private static final Map<String, Set<String>> SETTERS = Map.of(
            "System", Set.of("setProperty", "clearProperty", "setProperties", "setOut", "setErr", "setIn"),
            "TimeZone", Set.of("setDefault"),
            "Locale", Set.of("setDefault"));

    @Override
    public void check(JavaSource source, RuleContext context) {
        if (!context.model().requestPaths().reaches(source.unit())) {
            return;
        }
        for (MethodCallExpr call : source.unit().findAll(MethodCallExpr.class)) {
            describe(call).ifPresent(setting -> context.model().requestPaths().chainTo(call).ifPresent(chain -> {
                Optional<CallChain> concurrent = context.model().requestPaths().concurrentChainTo(call);
                if (concurrent.isPresent()) {
                    String function = context.model().functionsServing(concurrent.get()).stream()
                            .filter(f -> f.managedInstances().isPresent()).map(LambdaFunction::name)
                            .findFirst().orElse(null);
                    context.report(position(call), concurrent.get().describe() + " calls " + setting + ", which "
                            + "changes the whole JVM while other requests run in it at the same time on Lambda "
                            + "Managed Instances" + (function == null ? "" : " (function '" + function + "')")
                            + ". Set it once during init, or pass the value explicitly to the code that needs it.",
                            function, Severity.ERROR);
                } else {
                    context.report(position(call), chain.describe() + " calls " + setting + " on every invocation: "
                            + "the change stays for later invocations of the execution environment. Set it once "
                            + "during init, or pass the value explicitly to the code that needs it.");
                }
            }));
        }
    }

    private static Optional<String> describe(MethodCallExpr call) {
        if (call.getScope().orElse(null) instanceof NameExpr scope
                && SETTERS.getOrDefault(scope.getNameAsString(), Set.of()).contains(call.getNameAsString())) {
            return Optional.of(scope.getNameAsString() + "." + call.getNameAsString() + "(..)");
        }
        if (call.getNameAsString().equals("setContextClassLoader")
                && call.getScope().filter(s -> s.toString().equals("Thread.currentThread()")).isPresent()) {
            return Optional.of("Thread.currentThread().setContextClassLoader(..)");
        }
        return Optional.empty();
    }

    private static SourcePosition position(MethodCallExpr call) {
        return call.getBegin().map(p -> new SourcePosition(p.line, p.column)).orElse(SourcePosition.START);
    }
}
