package dev.serverlesslint.rules.observability;

import dev.serverlesslint.core.config.ConfigDocument;
import dev.serverlesslint.core.config.ConfigValue;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.model.LambdaFunction;
import dev.serverlesslint.core.rule.ConfigRule;
import dev.serverlesslint.core.rule.RuleContext;
import dev.serverlesslint.core.rule.RuleCategory;
import dev.serverlesslint.core.rule.RuleDefinition;
import dev.serverlesslint.core.rule.RulePrecision;

import java.util.Locale;
import java.util.Optional;

/** SL212: X-Ray tracing is not Active on a function, neither its own setting nor an inherited one. */
@RuleDefinition(
        id = "SL212",
        name = "missing-tracing",
        severity = Severity.NOTE,
        category = RuleCategory.MAINTAINABILITY,
        precision = RulePrecision.HIGH,
        summary = "A Lambda function does not have active X-Ray tracing, neither its own setting nor an inherited one.",
        description = "Without active tracing a function's cold starts (init duration), downstream calls and "
                + "errors are invisible in X-Ray and in the service map. On Java, where init time dominates "
                + "latency, the trace is the quickest way to see where a slow request spent its time.",
        remediation = "Enable active tracing: 'tracing: Active' on the function or 'provider.tracing.lambda: true' "
                + "(serverless.yml), 'Tracing: Active' on the function or in 'Globals.Function' (SAM), "
                + "'TracingConfig: {Mode: Active}' (CloudFormation). The role needs xray:PutTraceSegments.")
public final class MissingTracingRule implements ConfigRule {

    private enum Verdict { ACTIVE, INACTIVE, UNKNOWN }

    @Override
    public void check(ConfigDocument document, RuleContext context) {
        for (LambdaFunction function : context.model().functionsOf(document)) {
            if (!function.properties().isMapping()) {
                continue;
            }
            switch (function.kind()) {
                case SERVERLESS -> checkServerless(function, context);
                case SAM -> checkSam(function, context);
                case CLOUDFORMATION -> checkCloudFormation(function, context);
            }
        }
    }

    private static void checkServerless(LambdaFunction function, RuleContext context) {
        ConfigValue own = function.properties().get("tracing");
        if (own.isPresent()) {
            if (verdict(own) == Verdict.INACTIVE) {
                context.report(own.position(), "Function '" + function.name() + "' sets tracing to '"
                        + own.asLiteralText().orElse("") + "', so X-Ray does not record its invocations. "
                        + "Set 'tracing: Active'.", function.name());
            }
            return;
        }
        ConfigValue providerTracing = function.defaults().get("tracing");
        if (providerTracing.isPresent() && !providerTracing.isMapping()) {
            return; // a variable or file reference: unknown
        }
        ConfigValue inherited = providerTracing.get("lambda");
        Verdict verdict = inherited.isPresent() ? verdict(inherited) : Verdict.INACTIVE;
        if (verdict == Verdict.INACTIVE) {
            context.report(function.position(), "Function '" + function.name() + "' has no active X-Ray "
                    + "tracing" + (inherited.isPresent() ? " (provider.tracing.lambda is '"
                    + inherited.asLiteralText().orElse("") + "')" : "") + ". Set 'provider.tracing.lambda: true' "
                    + "or 'tracing: Active' on the function.", function.name());
        }
    }

    private static void checkSam(LambdaFunction function, RuleContext context) {
        ConfigValue own = function.properties().get("Tracing");
        ConfigValue tracing = function.property("Tracing");
        Verdict verdict = tracing.isPresent() ? verdict(tracing) : Verdict.INACTIVE;
        if (verdict != Verdict.INACTIVE) {
            return;
        }
        String setting = tracing.isPresent()
                ? " (Tracing is '" + tracing.asLiteralText().orElse("") + "'"
                        + (own.isPresent() ? "" : " in Globals.Function") + ")"
                : "";
        context.report(own.isPresent() ? own.position() : function.position(),
                "Function '" + function.name() + "' has no active X-Ray tracing" + setting
                        + ". Set 'Tracing: Active' on the function or in 'Globals.Function'.", function.name());
    }

    private static void checkCloudFormation(LambdaFunction function, RuleContext context) {
        ConfigValue config = function.properties().get("TracingConfig");
        if (config.isPresent() && !config.isLiteral()) {
            return;
        }
        ConfigValue mode = config.get("Mode");
        if (mode.isPresent()) {
            if (verdict(mode) == Verdict.INACTIVE) {
                context.report(mode.position(), "Function '" + function.name() + "' has TracingConfig.Mode '"
                        + mode.asLiteralText().orElse("") + "', so X-Ray does not record its invocations. "
                        + "Set 'Mode: Active'.", function.name());
            }
            return;
        }
        context.report(config.isPresent() ? config.position() : function.position(),
                "Function '" + function.name() + "' has no active X-Ray tracing. Add "
                        + "'TracingConfig: {Mode: Active}' to its properties.", function.name());
    }

    private static Verdict verdict(ConfigValue value) {
        Optional<String> text = value.asLiteralText().map(t -> t.trim().toLowerCase(Locale.ROOT));
        if (text.isEmpty()) {
            return Verdict.UNKNOWN;
        }
        return switch (text.get()) {
            case "active", "true" -> Verdict.ACTIVE;
            default -> Verdict.INACTIVE;
        };
    }
}
