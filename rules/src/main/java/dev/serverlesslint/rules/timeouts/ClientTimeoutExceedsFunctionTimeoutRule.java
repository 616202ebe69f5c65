package dev.serverlesslint.rules.timeouts;

import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.serverlesslint.core.finding.RelatedLocation;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.finding.SourcePosition;
import dev.serverlesslint.core.java.JavaSource;
import dev.serverlesslint.core.java.OwnNodes;
import dev.serverlesslint.core.model.FunctionProperty;
import dev.serverlesslint.core.model.LambdaFunction;
import dev.serverlesslint.core.rule.JavaRule;
import dev.serverlesslint.core.rule.RuleContext;
import dev.serverlesslint.core.rule.RuleCategory;
import dev.serverlesslint.core.rule.RuleDefinition;
import dev.serverlesslint.core.rule.RulePrecision;
import dev.serverlesslint.rules.java.HandlerFunctions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/** SL218: a client timeout in a function's code that the function's own timeout makes unreachable. */
@RuleDefinition(
        id = "SL218",
        name = "client-timeout-exceeds-function-timeout",
        severity = Severity.WARNING,
        category = RuleCategory.RELIABILITY,
        precision = RulePrecision.HIGH,
        summary = "A client timeout set in a function's code is as long as, or longer than, the function's "
                + "configured timeout.",
        description = "Lambda ends an invocation when the function timeout expires. A client timeout "
                + "that is not shorter than it never fires: a slow dependency makes the whole "
                + "invocation time out instead, so the handler cannot retry, fall back, release "
                + "resources or answer with a proper error, and the caller only sees a Lambda timeout.",
        remediation = "Make each client timeout shorter than the function timeout, leaving time for "
                + "retries and for the response (e.g. a 5 s API call timeout in a 10 s function), or "
                + "raise the function timeout if the call really needs that long.")
public final class ClientTimeoutExceedsFunctionTimeoutRule implements JavaRule {

    @Override
    public void check(JavaSource source, RuleContext context) {
        if (context.model().handlerReferences().isEmpty()) {
            return;
        }
        for (TypeDeclaration<?> type : source.unit().findAll(TypeDeclaration.class)) {
            List<ClientTimeoutSetting> settings = new ArrayList<>();
            for (MethodCallExpr call : OwnNodes.of(type, MethodCallExpr.class, TypeDeclaration.class)) {
                ClientTimeoutSetting.of(call).ifPresent(settings::add); // a nested type is checked on its own
            }
            if (settings.isEmpty()) {
                continue; // before asking which functions reach the type: that may parse every handler class
            }
            List<LambdaFunction> functions = HandlerFunctions.reaching(type, context.model()).stream()
                    .filter(function -> timeoutSeconds(function).isPresent())
                    .sorted(Comparator.comparingInt(function -> timeoutSeconds(function).getAsInt()))
                    .toList();
            if (!functions.isEmpty()) {
                settings.forEach(setting -> check(setting, functions, context));
            }
        }
    }

    private static void check(ClientTimeoutSetting setting, List<LambdaFunction> functions, RuleContext context) {
        List<LambdaFunction> exceeded = functions.stream()
                .filter(function -> setting.millis() >= timeoutSeconds(function).getAsInt() * 1000L)
                .toList();
        if (exceeded.isEmpty()) {
            return;
        }
        LambdaFunction shortest = exceeded.get(0);
        int functionTimeout = timeoutSeconds(shortest).getAsInt();
        String others = exceeded.size() == 1 ? "" : " (also "
                + exceeded.subList(1, exceeded.size()).stream()
                .map(f -> "'" + f.name() + "' " + timeoutSeconds(f).getAsInt() + " s")
                .collect(Collectors.joining(", ")) + ")";
        SourcePosition position = setting.call().getName().getBegin()
                .map(p -> new SourcePosition(p.line, p.column))
                .orElse(SourcePosition.START);
        context.report(position, "Client timeout " + setting.setting() + "(..) = " + setting.describeValue()
                + " is not shorter than the " + functionTimeout + " s timeout of function '" + shortest.name() + "'"
                + others + ": Lambda ends the invocation before the client gives up, so the handler never gets "
                + "to retry, fall back or answer with an error. Set it below " + functionTimeout
                + " s, leaving time to respond, or raise the function timeout.", shortest.name(),
                List.of(timeoutLocation(shortest, functionTimeout)));
    }

    /** The configured timeout (the function's own, or the inherited one), for reports to link to. */
    private static RelatedLocation timeoutLocation(LambdaFunction function, int seconds) {
        return new RelatedLocation(function.document().path(), function.property(FunctionProperty.TIMEOUT).position(),
                "timeout of function '" + function.name() + "': " + seconds + " s");
    }

    private static OptionalInt timeoutSeconds(LambdaFunction function) {
        return function.property(FunctionProperty.TIMEOUT).asInt();
    }
}
