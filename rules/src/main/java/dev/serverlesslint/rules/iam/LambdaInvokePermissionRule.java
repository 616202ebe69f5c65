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
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** SL216: a function's role may invoke another function of the same file. */
@RuleDefinition(
        id = "SL216",
        name = "lambda-invoke-permission",
        severity = Severity.WARNING,
        category = RuleCategory.SECURITY,
        precision = RulePrecision.MEDIUM,
        securitySeverity = "5.0",
        summary = "A function's role may call lambda:InvokeFunction on another function of the same file.",
        description = "A function that invokes another synchronously waits (and is billed) while the other runs, "
                + "shares its timeout budget, and fails when the other is throttled or slow; retries multiply the "
                + "load. The permission in the template is the configuration side of SL106 (Lambda invoking Lambda "
                + "from code). SAM's LambdaInvokePolicy template counts too. A durable function (DurableConfig) is "
                + "not reported: it is suspended while the function it invokes runs.",
        remediation = "Put a queue, topic or event bus between the functions (SQS, SNS, EventBridge) or orchestrate "
                + "them with Step Functions; then remove lambda:InvokeFunction from the caller's role.")
public final class LambdaInvokePermissionRule implements ConfigRule {

    private static final String INVOKE = "lambda:invokefunction";

    @Override
    public void check(ConfigDocument document, RuleContext context) {
        List<LambdaFunction> functions = context.model().functionsOf(document);
        FunctionArnMatcher matcher = new FunctionArnMatcher(functions);
        FindingsByDefinition findings = new FindingsByDefinition();
        for (LambdaFunction caller : functions) {
            if (!caller.properties().isMapping() || caller.property("DurableConfig").isPresent()) {
                continue; // a durable function is suspended, not billed, while the function it invokes runs
            }
            for (IamStatement statement : FunctionRoleStatements.of(caller, context.model().resources(document))) {
                if (statement.isAllow() && allowsInvoke(statement)) {
                    for (ConfigValue resource : statement.resources()) {
                        matcher.target(resource).filter(target -> target != caller)
                                .ifPresent(target -> add(findings, resource, caller, target, statement.origin()));
                    }
                }
            }
            for (ConfigValue.Entry template : FunctionRoleStatements.samPolicyTemplates(caller)) {
                if (template.name().equals("LambdaInvokePolicy")) {
                    ConfigValue name = template.value().get("FunctionName");
                    matcher.target(name).filter(target -> target != caller)
                            .ifPresent(target -> add(findings, name, caller, target, "LambdaInvokePolicy"));
                }
            }
        }
        findings.reportTo(context);
    }

    private static void add(FindingsByDefinition findings, ConfigValue at, LambdaFunction caller,
                            LambdaFunction target, String origin) {
        findings.add(at, caller.name(), subject -> FindingsByDefinition.capitalized(subject) + " may invoke function '"
                + target.name() + "' of the same file (lambda:InvokeFunction in " + origin + "). A synchronous "
                + "Lambda-to-Lambda call pays for both while the caller waits and couples their failures; connect "
                + "them through SQS, SNS, EventBridge or Step Functions instead.");
    }

    private static boolean allowsInvoke(IamStatement statement) {
        return statement.actions().stream()
                .map(ConfigValue::asLiteralText)
                .flatMap(Optional::stream)
                .anyMatch(action -> glob(action.trim().toLowerCase(Locale.ROOT)).matcher(INVOKE).matches());
    }

    private static Pattern glob(String action) {
        StringBuilder regex = new StringBuilder();
        for (char c : action.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
