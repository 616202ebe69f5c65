package dev.serverlesslint.rules.concurrency;

import dev.serverlesslint.core.config.ConfigDocument;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.model.EventSource;
import dev.serverlesslint.core.model.FunctionKind;
import dev.serverlesslint.core.model.FunctionProperty;
import dev.serverlesslint.core.model.LambdaFunction;
import dev.serverlesslint.core.rule.ConfigRule;
import dev.serverlesslint.core.rule.RuleContext;
import dev.serverlesslint.core.rule.RuleCategory;
import dev.serverlesslint.core.rule.RuleDefinition;
import dev.serverlesslint.core.rule.RulePrecision;

import java.util.List;

/** SL205: a function without reserved concurrency. */
@RuleDefinition(
        id = "SL205",
        name = "missing-reserved-concurrency",
        severity = Severity.WARNING,
        category = RuleCategory.RELIABILITY,
        precision = RulePrecision.MEDIUM,
        summary = "A function has no reserved concurrency (a note when no event source in the file invokes it).",
        description = "All functions of an account and region share one concurrency pool (1,000 by default). "
                + "Without reserved concurrency, a burst of events on one function can take the whole pool "
                + "and throttle every other function, and nothing caps how hard it hits databases and APIs "
                + "downstream.",
        remediation = "Set 'reservedConcurrency' (serverless.yml) or 'ReservedConcurrentExecutions' "
                + "(SAM, CloudFormation) to the most instances the function should run at once.")
public final class MissingReservedConcurrencyRule implements ConfigRule {

    @Override
    public void check(ConfigDocument document, RuleContext context) {
        for (LambdaFunction function : context.model().functionsOf(document)) {
            if (!function.isReadable() || hasReservedConcurrency(function)) {
                continue;
            }
            List<EventSource> sources = context.model().eventSourcesOf(function);
            String key = function.kind() == FunctionKind.SERVERLESS ? "'reservedConcurrency'"
                    : "'ReservedConcurrentExecutions'";
            if (sources.isEmpty()) {
                context.report(function.position(), "Function '" + function.name() + "' has no reserved concurrency "
                        + "(and no event source in this file): if it is invoked at scale it can use up the account's "
                        + "shared concurrency and throttle other functions. Set " + key + " to the most instances "
                        + "it should run at once.", function.name(), Severity.NOTE);
            } else {
                context.report(function.position(), "Function '" + function.name() + "' has no reserved concurrency: "
                        + "a burst of " + sources.get(0).type().description() + " events can use up the account's "
                        + "shared concurrency, throttle other functions and overload what it calls. Set " + key
                        + " to the most instances it should run at once.", function.name(), Severity.WARNING);
            }
        }
    }

    /** Serverless Framework: a function setting only; SAM: own or from Globals.Function. */
    private static boolean hasReservedConcurrency(LambdaFunction function) {
        return function.kind() == FunctionKind.SERVERLESS
                ? function.ownsProperty(FunctionProperty.RESERVED_CONCURRENCY)
                : function.property(FunctionProperty.RESERVED_CONCURRENCY).isPresent();
    }
}
