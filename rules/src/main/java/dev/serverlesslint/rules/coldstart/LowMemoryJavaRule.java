package dev.serverlesslint.rules.coldstart;

import dev.serverlesslint.core.config.ConfigDocument;
import dev.serverlesslint.core.config.ConfigValue;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.model.FunctionKind;
import dev.serverlesslint.core.model.FunctionProperty;
import dev.serverlesslint.core.model.LambdaFunction;
import dev.serverlesslint.core.model.TemplateParameters;
import dev.serverlesslint.core.rule.ConfigRule;
import dev.serverlesslint.core.rule.RuleContext;
import dev.serverlesslint.core.rule.RuleCategory;
import dev.serverlesslint.core.rule.RuleDefinition;
import dev.serverlesslint.rules.functions.FindingsByDefinition;
import dev.serverlesslint.core.rule.RulePrecision;

import java.util.OptionalInt;

/** SL209: a Java function with less than 512 MB of memory. */
@RuleDefinition(
        id = "SL209",
        name = "low-memory-java",
        severity = Severity.WARNING,
        category = RuleCategory.PERFORMANCE,
        precision = RulePrecision.HIGH,
        summary = "A function on a Java runtime has less than 512 MB of memory (Lambda's default is 128 MB).",
        description = "Lambda allocates CPU in proportion to memory. With 128-256 MB a JVM gets a small "
                + "fraction of a vCPU: class loading and JIT compilation make cold starts take seconds, and "
                + "garbage collection competes with the handler. More memory often costs no more, because "
                + "the function finishes faster.",
        remediation = "Give Java functions at least 512 MB ('memorySize' / 'MemorySize'; 1024-2048 MB is a "
                + "common sweet spot) and measure, e.g. with AWS Lambda Power Tuning.")
public final class LowMemoryJavaRule implements ConfigRule {

    static final int MINIMUM_MB = 512;

    @Override
    public void check(ConfigDocument document, RuleContext context) {
        FindingsByDefinition findings = new FindingsByDefinition();
        for (LambdaFunction function : context.model().functionsOf(document)) {
            if (!function.isReadable() || !function.isJavaRuntime()) {
                continue;
            }
            OptionalInt memory = function.memoryMb();
            if (memory.isEmpty() || memory.getAsInt() >= MINIMUM_MB) {
                continue;
            }
            int mb = memory.getAsInt();
            String runtime = function.runtimeId().orElse("java");
            ConfigValue value = function.property(FunctionProperty.MEMORY_SIZE);
            if (value.isMissing()) {
                String key = function.kind() == FunctionKind.SERVERLESS ? "'memorySize'" : "'MemorySize'";
                context.report(function.position(), "Function '" + function.name() + "' runs on " + runtime
                        + " with no memory setting, so it gets Lambda's default of " + mb + " MB and a small share "
                        + "of a CPU: slow JVM cold starts and GC pauses. Set " + key + " to at least " + MINIMUM_MB
                        + " MB.", function.name(), Severity.WARNING);
                continue;
            }
            String origin = function.setting(FunctionProperty.MEMORY_SIZE)
                    .map(TemplateParameters.Resolved::origin).orElse("");
            findings.addSetting(function.name(), value, !function.ownsProperty(FunctionProperty.MEMORY_SIZE),
                    Severity.WARNING, subject -> FindingsByDefinition.capitalized(subject) + ": " + runtime + " with "
                            + mb + " MB of memory" + origin + " gets a small share of a CPU (CPU scales with memory), "
                            + "so JVM cold starts and GC are slow. Use at least " + MINIMUM_MB + " MB.");
        }
        findings.reportTo(context);
    }
}
