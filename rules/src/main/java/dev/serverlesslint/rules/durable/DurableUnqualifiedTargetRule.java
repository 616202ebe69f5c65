package dev.serverlesslint.rules.durable;

import dev.serverlesslint.core.config.ConfigDocument;
import dev.serverlesslint.core.config.ConfigValue;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.model.EventSource;
import dev.serverlesslint.core.model.FunctionKind;
import dev.serverlesslint.core.model.LambdaFunction;
import dev.serverlesslint.core.model.TemplateExpression;
import dev.serverlesslint.core.rule.ConfigRule;
import dev.serverlesslint.core.rule.RuleContext;
import dev.serverlesslint.core.rule.RuleCategory;
import dev.serverlesslint.core.rule.RuleDefinition;
import dev.serverlesslint.core.rule.RulePrecision;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * SL221: a durable function started through its unqualified name or ARN. AWS: "Invoking durable Lambda
 * functions" (Lambda developer guide) and the durable SDK's docs/core/invoke.md ("Durable function
 * targets require an alias or version qualifier"); "Best practices for Lambda durable functions": invoke
 * with version numbers or aliases to pin executions to one code version.
 */
@RuleDefinition(
        id = "SL221",
        name = "durable-unqualified-target",
        severity = Severity.WARNING,
        category = RuleCategory.RELIABILITY,
        precision = RulePrecision.HIGH,
        summary = "A durable function is invoked through its unqualified name or ARN instead of a version or alias.",
        description = "A durable execution is replayed from the top after every wait, callback or retry, and "
                + "the replay must run the same code that wrote the checkpoints. Lambda therefore requires a "
                + "qualified ARN (a version or an alias) to start a durable execution; an event source mapping, "
                + "permission, schedule or API integration that names the function without a qualifier fails "
                + "or would run new code against old checkpoints.",
        remediation = "Publish versions and point the trigger at an alias: 'AutoPublishAlias: live' on a SAM "
                + "function (its events then target the alias), or an AWS::Lambda::Alias / AWS::Lambda::Version "
                + "resource referenced by the event source mapping, permission, rule target or integration.")
public final class DurableUnqualifiedTargetRule implements ConfigRule {

    /** {@code ${Fn.Arn}:live}, {@code ${Fn.Arn}:${Alias}}: a qualifier follows the function ARN in a Sub string. */
    private static final Pattern QUALIFIED_SUB = Pattern.compile("\\$\\{[A-Za-z0-9]+\\.Arn}:[^/]");

    @Override
    public void check(ConfigDocument document, RuleContext context) {
        for (LambdaFunction function : context.model().functionsOf(document)) {
            if (!context.model().executionModel(function).durable()) {
                continue;
            }
            if (function.kind() == FunctionKind.SAM && function.property("AutoPublishAlias").isMissing()) {
                context.report(function.position(), "Durable function '" + function.name() + "' has no "
                        + "'AutoPublishAlias', so its events and callers start executions on the unqualified "
                        + "function; durable executions must be started through a version or alias. Add "
                        + "'AutoPublishAlias: live' (its events then invoke the alias) and give callers the "
                        + "alias ARN.", function.name());
                continue;
            }
            for (EventSource source : context.model().eventSourcesOf(function)) {
                unqualifiedReference(source, function).ifPresent(how -> context.report(source.position(),
                        "'" + source.name() + "' invokes durable function '" + function.name() + "' " + how
                                + ": durable executions must be started through a version or alias. Point it at "
                                + "an alias or version (e.g. an AWS::Lambda::Alias, or '!Ref' of one).",
                        function.name()));
            }
        }
    }

    /** How the source names the function without a qualifier, if it does. */
    private static Optional<String> unqualifiedReference(EventSource source, LambdaFunction function) {
        if (source.origin() == EventSource.Origin.SERVERLESS_EVENT) {
            return function.property("provisionedConcurrency").isPresent()
                    ? Optional.empty() // the framework routes events through its 'provisioned' alias then
                    : Optional.of("through the unqualified function (the Serverless Framework wires events to it)");
        }
        if (source.origin() != EventSource.Origin.RESOURCE) {
            return Optional.empty();
        }
        ConfigValue reference = switch (source.declaredType()) {
            case "AWS::Lambda::EventSourceMapping", "AWS::Lambda::Permission" -> source.settings().get("FunctionName");
            case "AWS::Lambda::Url" -> source.settings().get("TargetFunctionArn");
            case "AWS::Events::Rule" -> source.settings().get("Arn");
            case "AWS::ApiGateway::Method" -> source.settings().get("Uri");
            case "AWS::ApiGatewayV2::Integration" -> source.settings().get("IntegrationUri");
            default -> ConfigValue.MISSING;
        };
        if (reference.isMissing()) {
            return Optional.empty();
        }
        Optional<String> literal = reference.asLiteralText();
        if (literal.isPresent()) {
            String text = literal.get().trim();
            boolean qualified = text.startsWith("arn:") ? text.split(":", -1).length > 7 : text.contains(":");
            return qualified ? Optional.empty() : Optional.of("by its unqualified name '" + text + "'");
        }
        if (QUALIFIED_SUB.matcher(subText(reference)).find() || isAliasOrVersionRef(reference)) {
            return Optional.empty();
        }
        return TemplateExpression.referencedLogicalIds(reference).contains(function.name())
                ? Optional.of("through an unqualified reference to the function resource")
                : Optional.empty();
    }

    /** {@code !Ref Fn.Alias} / {@code !Ref Fn.Version}: SAM's references to the published alias or version. */
    private static boolean isAliasOrVersionRef(ConfigValue reference) {
        String text = reference.tag().filter("!Ref"::equals).flatMap(tag -> reference.text())
                .or(() -> reference.get("Ref").text())
                .orElse("");
        return text.endsWith(".Alias") || text.endsWith(".Version");
    }

    /** The template string of a {@code !Sub} / {@code Fn::Sub} (short or list form), else empty. */
    private static String subText(ConfigValue reference) {
        ConfigValue sub = reference.tag().filter("!Sub"::equals).isPresent() ? reference : reference.get("Fn::Sub");
        if (sub.isSequence()) {
            return sub.items().isEmpty() ? "" : sub.items().get(0).text().orElse("");
        }
        return sub.text().orElse("");
    }
}
