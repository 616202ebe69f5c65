package dev.serverlesslint.rules.coldstart;

import dev.serverlesslint.core.config.ConfigDocument;
import dev.serverlesslint.core.config.ConfigValue;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.model.EventSource;
import dev.serverlesslint.core.model.EventSourceKind;
import dev.serverlesslint.core.model.EventSources;
import dev.serverlesslint.core.model.FunctionKind;
import dev.serverlesslint.core.model.FunctionProperty;
import dev.serverlesslint.core.model.LambdaFunction;
import dev.serverlesslint.core.model.TemplateParameters;
import dev.serverlesslint.core.model.TemplateExpression;
import dev.serverlesslint.core.model.TemplateResources;
import dev.serverlesslint.core.rule.ConfigRule;
import dev.serverlesslint.core.rule.RuleContext;
import dev.serverlesslint.core.rule.RuleCategory;
import dev.serverlesslint.core.rule.RuleDefinition;
import dev.serverlesslint.core.rule.RulePrecision;

import java.util.Optional;

/** SL210: a Java function serving a synchronous API with nothing against cold starts. */
@RuleDefinition(
        id = "SL210",
        name = "java-cold-start-mitigation",
        severity = Severity.NOTE,
        category = RuleCategory.PERFORMANCE,
        precision = RulePrecision.MEDIUM,
        summary = "A Java function behind a synchronous API event has neither SnapStart nor provisioned concurrency.",
        description = "A Java cold start (JVM start, class loading, framework init) often takes one to several "
                + "seconds. Behind API Gateway, an ALB or a function URL a client waits for it. SnapStart "
                + "restores a snapshot of the initialised environment instead; provisioned concurrency keeps "
                + "environments initialised ahead of traffic.",
        remediation = "Enable SnapStart ('SnapStart: {ApplyOn: PublishedVersions}' in SAM/CloudFormation, "
                + "'snapStart: true' in serverless.yml) and invoke a published version or alias, or configure "
                + "provisioned concurrency.")
public final class JavaColdStartMitigationRule implements ConfigRule {

    @Override
    public void check(ConfigDocument document, RuleContext context) {
        EventSources sources = context.model().eventSources(document);
        for (LambdaFunction function : context.model().functionsOf(document)) {
            if (!function.isReadable() || !function.isJavaRuntime()) {
                continue;
            }
            Optional<EventSource> api = sources.of(function).stream()
                    .filter(s -> s.kind() == EventSourceKind.SYNCHRONOUS_API)
                    .findFirst();
            if (api.isEmpty() || snapStartMaybeOn(function) || hasProvisionedConcurrency(function, sources)) {
                continue;
            }
            context.report(function.position(), "Java function '" + function.name() + "' serves "
                    + api.get().type().description() + " event '" + api.get().name() + "' without SnapStart or "
                    + "provisioned concurrency: each cold start (often seconds for a JVM) makes a client wait. "
                    + advice(function, document), function.name());
        }
    }

    /**
     * What to do, where SnapStart can be had: it needs Java 11 or later (AWS Lambda developer guide,
     * "Improving startup performance with Lambda SnapStart": java11 and later managed runtimes, not java8
     * or java8.al2), and in serverless.yml the {@code snapStart} setting, added in Serverless Framework
     * v3 (serverless/serverless pull request 11576, December 2022).
     */
    private static String advice(LambdaFunction function, ConfigDocument document) {
        String runtime = function.runtimeId().orElse("");
        String origin = function.setting(FunctionProperty.RUNTIME)
                .map(TemplateParameters.Resolved::origin).orElse("");
        if (runtime.equals("java8") || runtime.equals("java8.al2")) {
            return "SnapStart is not available on " + runtime + origin + " (it needs java11 or later): move the "
                    + "function to java21 and enable SnapStart, or configure provisioned concurrency.";
        }
        if (function.kind() == FunctionKind.SERVERLESS) {
            Optional<String> version = document.root().get("frameworkVersion").asLiteralText();
            if (version.filter(JavaColdStartMitigationRule::beforeVersion3).isPresent()) {
                return "Serverless Framework " + version.get().trim() + " (frameworkVersion) has no 'snapStart' "
                        + "setting (it came with v3): upgrade the framework and set 'snapStart: true' (and invoke "
                        + "a published version or alias), or configure 'provisionedConcurrency'.";
            }
            return "Set 'snapStart: true' (and invoke a published version or alias), or configure provisioned "
                    + "concurrency.";
        }
        return "Set 'SnapStart: {ApplyOn: PublishedVersions}' (and invoke a published version or alias), or "
                + "configure provisioned concurrency.";
    }

    /** A frameworkVersion that allows no v3 or later: {@code 1}, {@code 2}, {@code ^2.72.0}, {@code >=1.0.0 <3.0.0}. */
    private static boolean beforeVersion3(String constraint) {
        java.util.regex.Matcher upper = java.util.regex.Pattern.compile("<\\s*=?\\s*(\\d+)").matcher(constraint);
        if (upper.find()) {
            int bound = Integer.parseInt(upper.group(1));
            return bound < 3 || (bound == 3 && !constraint.contains("<="));
        }
        java.util.regex.Matcher first = java.util.regex.Pattern.compile("^\\s*[~^=v]*\\s*(\\d+)").matcher(constraint);
        return first.find() && !constraint.contains(">") && Integer.parseInt(first.group(1)) < 3;
    }

    /** SnapStart on, or set to something we cannot read (then we say nothing); a parameter's default counts. */
    private static boolean snapStartMaybeOn(LambdaFunction function) {
        return function.snapStart().orElse(true);
    }

    private static boolean hasProvisionedConcurrency(LambdaFunction function, EventSources sources) {
        if (function.kind() == FunctionKind.SERVERLESS) {
            return isSetAndNotZero(function.property("provisionedConcurrency"));
        }
        if (isSetAndNotZero(function.property("ProvisionedConcurrencyConfig"))) {
            return true;
        }
        for (String type : new String[] {"AWS::Lambda::Alias", "AWS::Lambda::Version"}) {
            for (TemplateResources.Resource resource : sources.resources().ofType(type)) {
                ConfigValue props = resource.properties();
                boolean forFunction = TemplateExpression.referencedLogicalIds(props.get("FunctionName"))
                        .contains(function.name());
                if (forFunction && props.get("ProvisionedConcurrencyConfig").isPresent()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isSetAndNotZero(ConfigValue value) {
        return value.isPresent() && !value.asInt().equals(java.util.OptionalInt.of(0));
    }
}
