package dev.serverlesslint.rules.state;

import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.java.JavaSource;
import dev.serverlesslint.core.rule.JavaRule;
import dev.serverlesslint.core.rule.RuleContext;
import dev.serverlesslint.core.rule.RuleCategory;
import dev.serverlesslint.core.rule.RuleDefinition;
import dev.serverlesslint.core.rule.RulePrecision;

/** SL102: an instance field of the handler object written on the request path. */
@RuleDefinition(
        id = "SL102",
        name = "mutable-handler-field",
        severity = Severity.WARNING,
        category = RuleCategory.RELIABILITY,
        precision = RulePrecision.HIGH,
        summary = "An instance field of the handler object is written on the request path.",
        description = "The Lambda runtime creates the handler object once per execution environment and "
                + "calls it for every request that environment serves. A field of the handler (or of its "
                + "base class) written during a request keeps that request's value for the next one: "
                + "counters drift, collections grow without bound, and one caller's data can reach "
                + "another caller's response.",
        remediation = "Keep per-request state in local variables or a per-request object passed as a "
                + "parameter. Fields of the handler are for collaborators built in the constructor or "
                + "injected once.")
public final class MutableHandlerFieldRule implements JavaRule {

    @Override
    public void check(JavaSource source, RuleContext context) {
        PerRequestWrites.forEach(source, context,
                write -> !write.field().isStatic() && write.field().ownerType()
                        .filter(owner -> context.model().requestPaths().isHandlerType(owner)).isPresent(),
                (write, chain) -> context.report(write.position(), chain.describe() + " writes field '"
                        + write.field().name() + "' of the handler object (" + write.code() + "): the same "
                        + "handler instance serves every invocation of an execution environment, so the "
                        + "value leaks into later requests. Keep per-request state in local variables or "
                        + "pass it as parameters."));
    }
}
