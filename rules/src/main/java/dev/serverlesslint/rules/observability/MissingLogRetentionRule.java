package dev.serverlesslint.rules.observability;

import dev.serverlesslint.core.config.ConfigDocument;
import dev.serverlesslint.core.config.ConfigValue;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.model.FunctionKind;
import dev.serverlesslint.core.model.LambdaFunction;
import dev.serverlesslint.core.model.TemplateExpression;
import dev.serverlesslint.core.rule.ConfigRule;
import dev.serverlesslint.core.rule.RuleContext;
import dev.serverlesslint.core.rule.RuleCategory;
import dev.serverlesslint.core.rule.RuleDefinition;
import dev.serverlesslint.core.rule.RulePrecision;
import dev.serverlesslint.rules.observability.LogGroups.LogGroup;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** SL213: a function's logs are kept forever: no log group with a retention period. */
@RuleDefinition(
        id = "SL213",
        name = "missing-log-retention",
        severity = Severity.NOTE,
        category = RuleCategory.COST,
        precision = RulePrecision.HIGH,
        summary = "A Lambda function has no log group with a retention period, so its logs are kept forever.",
        description = "Lambda creates the group /aws/lambda/<function name> on first use with 'Never expire'. "
                + "Java stack traces and request logs then accumulate (and are billed) for ever, and nobody "
                + "decided how long they are needed. Declaring the log group in the template sets the retention "
                + "and also removes the group with the stack.",
        remediation = "serverless.yml: set 'provider.logRetentionInDays' (or 'logRetentionInDays' on the "
                + "function). SAM/CloudFormation: declare an AWS::Logs::LogGroup named "
                + "!Sub '/aws/lambda/${Function}' (or the function's LoggingConfig.LogGroup) with RetentionInDays.")
public final class MissingLogRetentionRule implements ConfigRule {

    @Override
    public void check(ConfigDocument document, RuleContext context) {
        List<LambdaFunction> functions = context.model().functionsOf(document);
        if (functions.isEmpty()) {
            return;
        }
        LogGroups groups = new LogGroups(context.model().resources(document));
        for (LambdaFunction function : functions) {
            if (!function.properties().isMapping()) {
                continue;
            }
            if (function.kind() == FunctionKind.SERVERLESS) {
                checkServerless(function, groups, context);
            } else {
                checkTemplate(function, groups, context);
            }
        }
    }

    private static void checkServerless(LambdaFunction function, LogGroups groups, RuleContext context) {
        if (function.property("logRetentionInDays").isPresent()
                || function.properties().get("disableLogs").asBoolean().orElse(false)) {
            return;
        }
        Optional<LogGroup> overridden = groups.byLogicalName(serverlessLogGroupId(function.name()));
        Optional<String> ownName = function.properties().get("name").text();
        Optional<LogGroup> named = groups.all().stream()
                .filter(g -> g.functionPart().filter(part -> ownName.map(part::equals).orElse(false)
                        || (part.contains("${") && part.endsWith("-" + function.name()))).isPresent())
                .findFirst();
        Optional<LogGroup> group = overridden.or(() -> named);
        if (group.isPresent()) {
            if (!group.get().hasRetention()) {
                reportGroupWithoutRetention(function, group.get(), context);
            }
            return;
        }
        if (groups.anyUnknown()) {
            return;
        }
        context.report(function.position(), "Function '" + function.name() + "' keeps its logs forever: no "
                + "'logRetentionInDays' on it or in 'provider'. Set 'provider.logRetentionInDays' (e.g. 30).",
                function.name());
    }

    private static void checkTemplate(LambdaFunction function, LogGroups groups, RuleContext context) {
        ConfigValue loggingGroup = function.property("LoggingConfig").get("LogGroup");
        if (loggingGroup.isPresent()) {
            checkCustomGroup(function, loggingGroup, groups, context);
            return;
        }
        Set<String> identities = identities(function);
        if (identities.isEmpty()) {
            return; // FunctionName computed in a way we cannot read
        }
        Optional<LogGroup> match = Optional.empty();
        for (LogGroup group : groups.all()) {
            if (group.functionPart().filter(identities::contains).isPresent()) {
                if (group.hasRetention()) {
                    return;
                }
                match = match.or(() -> Optional.of(group));
            }
        }
        if (match.isPresent()) {
            reportGroupWithoutRetention(function, match.get(), context);
            return;
        }
        if (groups.anyUnknown()) {
            return;
        }
        context.report(function.position(), "Function '" + function.name() + "' keeps its logs forever: no "
                + "AWS::Logs::LogGroup with RetentionInDays for it in this file. Declare one named "
                + "!Sub '/aws/lambda/${" + function.name() + "}' with RetentionInDays (e.g. 30).", function.name());
    }

    /** The function's LoggingConfig names its log group: check that group when it is in the file. */
    private static void checkCustomGroup(LambdaFunction function, ConfigValue reference, LogGroups groups,
                                         RuleContext context) {
        Optional<LogGroup> group = TemplateExpression.referencedLogicalId(reference).flatMap(groups::byLogicalName)
                .or(() -> reference.asLiteralText().flatMap(groups::byName));
        if (group.isPresent() && !group.get().hasRetention()) {
            reportGroupWithoutRetention(function, group.get(), context);
        }
        // A group outside this file (a literal name, a parameter, an import): its retention is unknown.
    }

    private static void reportGroupWithoutRetention(LambdaFunction function, LogGroup group, RuleContext context) {
        context.report(group.resource().position(), "Log group '" + group.logicalName() + "' of function '"
                + function.name() + "' has no RetentionInDays, so its logs are kept forever. Set "
                + "RetentionInDays (e.g. 30).", function.name());
    }

    /** The ways a log group name can refer to the function: its Ref, and its FunctionName as written. */
    private static Set<String> identities(LambdaFunction function) {
        Set<String> identities = new HashSet<>();
        ConfigValue functionName = function.properties().get("FunctionName");
        if (functionName.isPresent()) {
            Optional<String> template = TemplateExpression.of(functionName);
            if (template.isEmpty()) {
                return Set.of();
            }
            identities.add(template.get());
        }
        identities.add("${" + function.name() + "}");
        return identities;
    }

    /** The logical ID the Serverless Framework gives a function's log group. */
    static String serverlessLogGroupId(String functionName) {
        String normalized = functionName.replace("-", "Dash").replace("_", "Underscore");
        if (normalized.isEmpty()) {
            return "LogGroup";
        }
        return Character.toUpperCase(normalized.charAt(0)) + normalized.substring(1) + "LogGroup";
    }
}
