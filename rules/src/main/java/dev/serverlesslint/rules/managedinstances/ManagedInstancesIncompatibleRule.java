package dev.serverlesslint.rules.managedinstances;

import dev.serverlesslint.core.config.ConfigDocument;
import dev.serverlesslint.core.config.ConfigValue;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.model.FunctionKind;
import dev.serverlesslint.core.model.FunctionProperty;
import dev.serverlesslint.core.model.LambdaFunction;
import dev.serverlesslint.core.model.ManagedInstances;
import dev.serverlesslint.core.rule.ConfigRule;
import dev.serverlesslint.core.rule.RuleContext;
import dev.serverlesslint.core.rule.RuleCategory;
import dev.serverlesslint.core.rule.RuleDefinition;
import dev.serverlesslint.core.rule.RulePrecision;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SL219: a function on Lambda Managed Instances uses what LMI does not support. Sources (AWS
 * documentation, 2026-12): "Lambda Managed Instances runtimes" lists the supported runtimes (Java 21
 * and later, Python 3.13 and later, Node.js 22 and later, .NET 8 and later); the SAM
 * {@code CapacityProviderConfig} page gives the supported memory-to-vCPU ratios (2, 4 or 8 GiB per vCPU).
 * SnapStart restores Firecracker microVM snapshots, while LMI runs functions in containers on EC2
 * instances ("Capacity providers": they replace Firecracker-based isolation), so the two do not combine.
 */
@RuleDefinition(
        id = "SL219",
        name = "managed-instances-incompatible",
        severity = Severity.ERROR,
        category = RuleCategory.RELIABILITY,
        precision = RulePrecision.VERY_HIGH,
        summary = "A function on Lambda Managed Instances uses a runtime or setting that Managed Instances does not support.",
        description = "Lambda Managed Instances runs a function on EC2 instances of a capacity provider, many "
                + "requests at once per execution environment. It supports Java 21 and later (Python 3.13+, "
                + "Node.js 22+, .NET 8+), memory-to-vCPU ratios of 2, 4 or 8 GiB, and runs functions in "
                + "containers rather than Firecracker microVMs, so SnapStart snapshots do not apply. A template "
                + "that combines a capacity provider with an older runtime, SnapStart or another ratio asks "
                + "for something Managed Instances does not offer.",
        remediation = "Move the function to java21 or later, remove SnapStart (Managed Instances keeps "
                + "environments initialised, so there is no cold start to hide), and use a memory-to-vCPU "
                + "ratio of 2, 4 or 8.")
public final class ManagedInstancesIncompatibleRule implements ConfigRule {

    /** The oldest version of each runtime family that LMI supports ("Lambda Managed Instances runtimes"). */
    private static final List<RuntimeFloor> RUNTIME_FLOORS = List.of(
            new RuntimeFloor(Pattern.compile("java(\\d+)(?:\\.al2)?"), 21, "java21"),
            new RuntimeFloor(Pattern.compile("python3\\.(\\d+)"), 13, "python3.13"),
            new RuntimeFloor(Pattern.compile("nodejs(\\d+)\\.x"), 22, "nodejs22.x"),
            new RuntimeFloor(Pattern.compile("dotnet(?:core)?(\\d+)(?:\\.(\\d+))?"), 8, "dotnet8"));
    /** Supported {@code ExecutionEnvironmentMemoryGiBPerVCpu} / {@code memoryPerVCpu} values. */
    private static final Set<String> MEMORY_PER_VCPU = Set.of("2", "4", "8");

    private record RuntimeFloor(Pattern pattern, int major, String oldest) {
    }

    @Override
    public void check(ConfigDocument document, RuleContext context) {
        for (LambdaFunction function : context.model().functionsOf(document)) {
            Optional<ManagedInstances> lmi = function.managedInstances();
            if (lmi.isEmpty() || !function.isReadable()) {
                continue;
            }
            checkRuntime(function, context);
            if (function.snapStart().orElse(false)) {
                String key = function.keyFor(FunctionProperty.SNAP_START);
                ConfigValue.Entry own = function.properties().entry(key).orElse(null);
                context.report(own != null ? own.key().position() : function.property(key).position(), "Function '" + function.name() + "' runs on Lambda Managed "
                        + "Instances (capacity provider) and enables SnapStart, which Managed Instances does not "
                        + "support: its environments are kept initialised on EC2 instances, not restored from "
                        + "snapshots. Remove '" + function.keyFor(FunctionProperty.SNAP_START) + "'.", function.name());
            }
            ConfigValue ratio = lmi.get().memoryPerVCpu();
            ratio.asLiteralText().map(text -> text.trim().replaceAll("\\.0+$", ""))
                    .filter(text -> !MEMORY_PER_VCPU.contains(text))
                    .ifPresent(text -> context.report(ratio.position(), "Function '" + function.name()
                            + "' asks for " + text + " GiB of memory per vCPU on Lambda Managed Instances; the "
                            + "supported ratios are 2, 4 and 8 GiB per vCPU. Set "
                            + (function.kind() == FunctionKind.SERVERLESS ? "'memoryPerVCpu'" : "'ExecutionEnvironmentMemoryGiBPerVCpu'")
                            + " to 2, 4 or 8.", function.name()));
        }
    }

    private static void checkRuntime(LambdaFunction function, RuleContext context) {
        Optional<String> runtime = function.runtimeId();
        if (runtime.isEmpty()) {
            return;
        }
        for (RuntimeFloor floor : RUNTIME_FLOORS) {
            Matcher matcher = floor.pattern().matcher(runtime.get());
            if (matcher.matches() && Integer.parseInt(matcher.group(1)) < floor.major()) {
                ConfigValue value = function.property(FunctionProperty.RUNTIME);
                context.report(value.position(), "Function '" + function.name() + "' runs on Lambda Managed "
                        + "Instances with runtime " + runtime.get() + ", but Managed Instances supports "
                        + floor.oldest() + " and later. Move the function to " + floor.oldest()
                        + " or later (and make its code thread-safe: one environment runs many requests at once).",
                        function.name());
                return;
            }
        }
    }
}
