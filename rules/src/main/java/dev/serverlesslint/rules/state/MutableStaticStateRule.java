package dev.serverlesslint.rules.state;

import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.java.JavaSource;
import dev.serverlesslint.core.rule.JavaRule;
import dev.serverlesslint.core.rule.RuleContext;
import dev.serverlesslint.core.rule.RuleCategory;
import dev.serverlesslint.core.rule.RuleDefinition;
import dev.serverlesslint.core.rule.RulePrecision;

/** SL101: a static field written on the request path. */
@RuleDefinition(
        id = "SL101",
        name = "mutable-static-state",
        severity = Severity.WARNING,
        category = RuleCategory.RELIABILITY,
        precision = RulePrecision.HIGH,
        summary = "A static field is written on the request path, so state leaks between invocations.",
        description = "Lambda runs one request at a time in an execution environment and reuses the "
                + "environment for later requests, while other requests run in other environments. A "
                + "static field written per request (assignment, ++, compound assignment, add/put/remove/"
                + "clear on a static collection, atomic increments) keeps its value into the next "
                + "invocation of the same environment and has a different value in every environment: "
                + "counters, 'current user' fields and accumulating lists give wrong, unrepeatable "
                + "results and grow memory until the environment is recycled.",
        remediation = "Keep per-request state in local variables or pass it as parameters. Static fields "
                + "are for objects built once at init (clients, mappers, configuration). Lazy "
                + "initialisation ('if (client == null) client = ...') is fine.")
public final class MutableStaticStateRule implements JavaRule {

    @Override
    public void check(JavaSource source, RuleContext context) {
        PerRequestWrites.forEach(source, context, write -> write.field().isStatic(), (write, chain) ->
                context.report(write.position(), chain.describe() + " writes static field '"
                        + write.field().name() + "' (" + write.code() + ") on every invocation: the value "
                        + "carries over to later invocations in the same execution environment and differs "
                        + "between environments. Keep per-request state in local variables; reserve static "
                        + "fields for objects built once at init."));
    }
}
