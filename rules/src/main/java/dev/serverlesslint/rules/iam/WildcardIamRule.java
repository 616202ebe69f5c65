package dev.serverlesslint.rules.iam;

import dev.serverlesslint.core.config.ConfigDocument;
import dev.serverlesslint.core.config.ConfigValue;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.model.LambdaFunction;
import dev.serverlesslint.core.rule.ConfigRule;
import dev.serverlesslint.core.rule.RuleContext;
import dev.serverlesslint.core.rule.RuleCategory;
import dev.serverlesslint.core.rule.RuleDefinition;
import dev.serverlesslint.rules.functions.FindingsByDefinition;
import dev.serverlesslint.core.rule.RulePrecision;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** SL214: a function's role allows every action (of AWS or of a service), or writes on every resource. */
@RuleDefinition(
        id = "SL214",
        name = "wildcard-iam",
        severity = Severity.WARNING,
        category = RuleCategory.SECURITY,
        precision = RulePrecision.HIGH,
        securitySeverity = "7.0",
        summary = "A function's role grants Action \"*\" or \"service:*\", or a write action on Resource \"*\".",
        description = "A Lambda function's credentials are in its environment; whoever can make the code misbehave "
                + "(an injection, a vulnerable dependency, a crafted event) acts with its role. A wildcard action "
                + "or a write on every resource turns a bug in one function into access to the whole service or "
                + "account. Read actions (Get*, List*, Describe*...) and the few writes AWS only accepts on "
                + "\"*\" (X-Ray, CloudWatch metrics, VPC network interfaces) are not reported; SAM policy "
                + "templates are scoped by SAM and not reported either.",
        remediation = "List the actions the function calls (e.g. dynamodb:GetItem, dynamodb:PutItem) and the ARNs "
                + "it calls them on (e.g. !GetAtt OrdersTable.Arn), or use a SAM policy template.")
public final class WildcardIamRule implements ConfigRule {

    @Override
    public void check(ConfigDocument document, RuleContext context) {
        FindingsByDefinition findings = new FindingsByDefinition();
        for (LambdaFunction function : context.model().functionsOf(document)) {
            if (!function.properties().isMapping()) {
                continue;
            }
            for (IamStatement statement : FunctionRoleStatements.of(function, context.model().resources(document))) {
                if (statement.isAllow()) {
                    check(statement, function, findings);
                }
            }
        }
        findings.reportTo(context);
    }

    private static void check(IamStatement statement, LambdaFunction function, FindingsByDefinition findings) {
        List<ConfigValue> actions = statement.actions();
        List<ConfigValue> wildcards = actions.stream()
                .filter(a -> a.asLiteralText().filter(ReadOnlyActions::isWildcard).isPresent())
                .toList();
        if (!wildcards.isEmpty()) {
            String names = wildcards.stream().map(a -> "'" + a.asLiteralText().orElse("").trim() + "'")
                    .collect(Collectors.joining(", "));
            boolean everything = wildcards.stream().anyMatch(a -> a.asLiteralText().orElse("").trim().equals("*"));
            findings.add(wildcards.get(0), function.name(), subject -> "An IAM statement in " + statement.origin()
                    + " allows Action " + names + " to " + subject + ": "
                    + (everything ? "every action on AWS" : "every action of the service")
                    + ". List only the actions the code calls.");
            return;
        }
        if (statement.hasCondition()) {
            return; // a condition may scope "*" in ways we do not evaluate
        }
        Optional<ConfigValue> everyResource = statement.resources().stream()
                .filter(r -> r.asLiteralText().map(String::trim).filter("*"::equals).isPresent())
                .findFirst();
        if (everyResource.isEmpty()) {
            return;
        }
        List<String> writes = actions.stream()
                .map(ConfigValue::asLiteralText)
                .flatMap(Optional::stream)
                .map(String::trim)
                .filter(a -> !ReadOnlyActions.allowsAnyResource(a))
                .distinct()
                .toList();
        if (writes.isEmpty()) {
            return;
        }
        String names = writes.stream().limit(3).map(a -> "'" + a + "'").collect(Collectors.joining(", "))
                + (writes.size() > 3 ? " and " + (writes.size() - 3) + " more" : "");
        findings.add(everyResource.get(), function.name(), subject -> "An IAM statement in " + statement.origin()
                + " allows " + names + " on Resource '*' to " + subject + ": on every resource of the account. "
                + "Name the ARNs the code writes to (e.g. !GetAtt Table.Arn).");
    }
}
