package dev.serverlesslint.rules.state;

import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.java.JavaSource;
import dev.serverlesslint.core.rule.JavaRule;
import dev.serverlesslint.core.rule.RuleContext;
import dev.serverlesslint.core.rule.RuleCategory;
import dev.serverlesslint.core.rule.RuleDefinition;
import dev.serverlesslint.core.rule.RulePrecision;

/**
 * SL114: shared state written on the request path of a function on Lambda Managed Instances. AWS,
 * "Java runtime for Lambda Managed Instances": the handler object is loaded once per execution
 * environment and many OS threads run it in parallel, sharing it and every static field; any mutable
 * state must be thread-safe. For these functions it replaces SL101/SL102 (one finding per write).
 */
@RuleDefinition(
        id = "SL114",
        name = "concurrent-shared-state",
        severity = Severity.ERROR,
        category = RuleCategory.RELIABILITY,
        precision = RulePrecision.HIGH,
        summary = "A function on Lambda Managed Instances writes shared state (a static field or a field of a shared object) on its request path.",
        description = "On Lambda Managed Instances one Java execution environment runs many requests at the "
                + "same time, on OS threads that share the handler object, the objects it holds and every "
                + "static field. A write that is harmless one request at a time (a field reset at the start of "
                + "each request, a lazily created client, a counter, a HashMap cache) becomes a data race: "
                + "requests see each other's values, updates are lost, and a HashMap or ArrayList can be "
                + "corrupted. For these functions this rule takes the place of SL101 and SL102.",
        remediation = "Keep per-request state in local variables or a per-request object. Build shared "
                + "objects once during init and keep them in final fields. When state must be shared, use "
                + "java.util.concurrent types (ConcurrentHashMap, AtomicLong, LongAdder) or synchronise the "
                + "access.")
public final class ConcurrentSharedStateRule implements JavaRule {

    @Override
    public void check(JavaSource source, RuleContext context) {
        ConcurrentWrites.forEach(source, context, (write, chain) -> context.report(write.position(),
                chain.describe() + " writes " + describe(write, context) + " (" + write.code() + ") while "
                        + ConcurrentWrites.describeConcurrency(chain, context) + ": concurrent requests race on it. "
                        + "Keep per-request state in local variables; share only final, thread-safe objects "
                        + "(java.util.concurrent types, atomics) or synchronise the access.",
                ConcurrentWrites.functionName(chain, context)));
    }

    private static String describe(FieldWrite write, RuleContext context) {
        if (write.field().isStatic()) {
            return "static field '" + write.field().name() + "'";
        }
        String owner = write.field().ownerType().map(type -> context.model().requestPaths().isHandlerType(type)
                ? "the handler object" : type.getNameAsString() + ", an object shared by all requests").orElse("a shared object");
        return "field '" + write.field().name() + "' of " + owner;
    }
}
