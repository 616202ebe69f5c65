package dev.serverlesslint.rules.secrets;

import dev.serverlesslint.core.config.ConfigDocument;
import dev.serverlesslint.core.config.ConfigValue;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.model.FunctionKind;
import dev.serverlesslint.core.model.LambdaFunction;
import dev.serverlesslint.core.rule.ConfigRule;
import dev.serverlesslint.core.rule.RuleContext;
import dev.serverlesslint.core.rule.RuleCategory;
import dev.serverlesslint.core.rule.RuleDefinition;
import dev.serverlesslint.rules.functions.FindingsByDefinition;
import dev.serverlesslint.core.rule.RulePrecision;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** SL215: an environment variable named like a secret holds a literal value. */
@RuleDefinition(
        id = "SL215",
        name = "secrets-in-environment",
        severity = Severity.ERROR,
        category = RuleCategory.SECURITY,
        precision = RulePrecision.HIGH,
        securitySeverity = "7.5",
        summary = "An environment variable whose name looks secret (PASSWORD, SECRET, TOKEN, API_KEY, "
                + "PRIVATE_KEY...) has a literal value in the configuration.",
        description = "Environment variables are part of the function's configuration: anyone allowed "
                + "lambda:GetFunctionConfiguration, the console, CloudFormation and the template in source "
                + "control see them in clear text, and rotating the secret means redeploying. References "
                + "resolved at deploy or run time (${ssm:..}, {{resolve:..}}, !Ref of a NoEcho parameter, !Sub "
                + "with references) are not reported, nor are values that point to a secret (an ARN, an SSM "
                + "parameter path).",
        remediation = "Store the secret in AWS Secrets Manager or SSM Parameter Store (SecureString). Pass its name "
                + "or ARN in the environment and read it at init time (e.g. with the Parameters and Secrets Lambda "
                + "extension), or reference it with {{resolve:secretsmanager:...}} / ${ssm:...}.")
public final class SecretsInEnvironmentRule implements ConfigRule {

    @Override
    public void check(ConfigDocument document, RuleContext context) {
        FindingsByDefinition findings = new FindingsByDefinition();
        for (LambdaFunction function : context.model().functionsOf(document)) {
            if (!function.properties().isMapping()) {
                continue;
            }
            for (ConfigValue.Entry variable : variables(function)) {
                if (SecretName.looksSecret(variable.name()) && isLiteralSecret(variable.value())) {
                    String name = variable.name();
                    findings.add(variable.key(), function.name(), subject -> "Environment variable '" + name
                            + "' of " + subject + " holds a literal value that looks like a secret; it is "
                            + "readable by anyone who can see the function's configuration or this file. Keep it "
                            + "in Secrets Manager or SSM Parameter Store and reference it ({{resolve:...}}, "
                            + "${ssm:...}) or read it at init time.");
                }
            }
        }
        findings.reportTo(context);
    }

    /** The function's own variables, then the inherited ones it does not override. */
    private static List<ConfigValue.Entry> variables(LambdaFunction function) {
        boolean serverless = function.kind() == FunctionKind.SERVERLESS;
        ConfigValue own = serverless ? function.properties().get("environment")
                : function.properties().at("Environment", "Variables");
        ConfigValue inherited = serverless ? function.defaults().get("environment")
                : function.inherited("Environment").get("Variables");
        List<ConfigValue.Entry> variables = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (ConfigValue.Entry entry : literalEntries(own)) {
            variables.add(entry);
            names.add(entry.name());
        }
        for (ConfigValue.Entry entry : literalEntries(inherited)) {
            if (!names.contains(entry.name())) {
                variables.add(entry);
            }
        }
        return variables;
    }

    private static List<ConfigValue.Entry> literalEntries(ConfigValue mapping) {
        return mapping.isMapping() && mapping.isLiteral() ? mapping.entries() : List.of();
    }

    private static boolean isLiteralSecret(ConfigValue value) {
        if (!value.isScalar()) {
            return false;
        }
        String tag = value.tag().orElse("");
        if (!tag.isEmpty() && !tag.equals("!Sub")) {
            return false;
        }
        String text = value.text().orElse("").trim();
        if (text.isEmpty() || text.contains("${") || text.contains("{{resolve:")) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return !lower.startsWith("arn:") && !text.startsWith("/")
                && !lower.equals("true") && !lower.equals("false") && !PlaceholderValue.isPlaceholder(text);
    }
}
