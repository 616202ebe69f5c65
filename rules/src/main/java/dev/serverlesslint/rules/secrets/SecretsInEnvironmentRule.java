package dev.serverlesslint.rules.secrets;

import dev.serverlesslint.core.config.ConfigDocument;
import dev.serverlesslint.core.config.ConfigValue;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.model.LambdaFunction;
import dev.serverlesslint.core.model.TemplateExpression;
import dev.serverlesslint.core.model.TemplateParameters;
import dev.serverlesslint.core.rule.ConfigRule;
import dev.serverlesslint.core.rule.RuleContext;
import dev.serverlesslint.core.rule.RuleCategory;
import dev.serverlesslint.core.rule.RuleDefinition;
import dev.serverlesslint.rules.functions.FindingsByDefinition;
import dev.serverlesslint.core.rule.RulePrecision;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** SL215: an environment variable named like a secret holds a literal value, or a secret resolved at deploy time. */
@RuleDefinition(
        id = "SL215",
        name = "secrets-in-environment",
        severity = Severity.ERROR,
        category = RuleCategory.SECURITY,
        precision = RulePrecision.HIGH,
        securitySeverity = "7.5",
        summary = "An environment variable whose name looks secret (PASSWORD, SECRET, TOKEN, API_KEY, "
                + "PRIVATE_KEY...) has a literal value in the configuration, or a secret is resolved into "
                + "the function's configuration at deploy time.",
        description = "Environment variables are part of the function's configuration: anyone allowed "
                + "lambda:GetFunctionConfiguration, the console, CloudFormation and the template in source "
                + "control see them in clear text, and rotating the secret means redeploying. A secret "
                + "resolved at deploy time ({{resolve:secretsmanager:..}}, {{resolve:ssm-secure:..}}, a "
                + "decrypted ${ssm:..}, a template parameter without NoEcho) ends up in the configuration in "
                + "clear text just the same. Values that point to a secret (an ARN, an SSM parameter path) "
                + "are not reported.",
        remediation = "Store the secret in AWS Secrets Manager or SSM Parameter Store (SecureString). Pass its name "
                + "or ARN in the environment and read it at init time (e.g. with the Parameters and Secrets Lambda "
                + "extension, the SDK or Powertools).")
public final class SecretsInEnvironmentRule implements ConfigRule {

    /** {@code ${ssm:/path~true}} (decrypt) or {@code ${ssm:/aws/reference/secretsmanager/..}}. */
    private static final Pattern SECURE_SSM_VARIABLE =
            Pattern.compile("\\$\\{ssm(?:\\([^)]*\\))?:(?:/aws/reference/secretsmanager/[^}]*|[^}]*~true)\\s*}");

    @Override
    public void check(ConfigDocument document, RuleContext context) {
        FindingsByDefinition findings = new FindingsByDefinition();
        for (LambdaFunction function : context.model().functionsOf(document)) {
            if (!function.properties().isMapping()) {
                continue;
            }
            for (ConfigValue.Entry variable : function.environmentVariables()) {
                deployTimeSecret(variable, document).ifPresent(source -> findings.add(variable.key(), function.name(),
                        subject -> "Environment variable '" + variable.name() + "' of " + subject + " gets "
                                + source + " at deploy time, which writes the value into the function's "
                                + "configuration in plain text: anyone allowed lambda:GetFunctionConfiguration "
                                + "sees it, and rotating it needs a redeploy. Pass the secret's name or ARN "
                                + "instead and fetch it at init (Parameters and Secrets extension, SDK, Powertools)."));
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

    /**
     * What makes the value a secret resolved into plain text at deploy time, for the message: a
     * {@code {{resolve:secretsmanager:..}}} or {@code {{resolve:ssm-secure:..}}} dynamic reference
     * (whatever the variable's name), a Serverless {@code ${ssm:..}} of a SecureString (decrypted with
     * {@code ~true}, or a Secrets Manager secret under {@code /aws/reference/secretsmanager/}), or, for a
     * variable named like a secret, a template parameter without {@code NoEcho: true}.
     */
    private static Optional<String> deployTimeSecret(ConfigValue.Entry variable, ConfigDocument document) {
        String text = TemplateExpression.of(variable.value()).orElse("");
        if (text.contains("{{resolve:secretsmanager:")) {
            return Optional.of("a Secrets Manager secret through {{resolve:secretsmanager:..}}");
        }
        if (text.contains("{{resolve:ssm-secure:")) {
            return Optional.of("an SSM SecureString through {{resolve:ssm-secure:..}}");
        }
        if (SECURE_SSM_VARIABLE.matcher(text).find()) {
            return Optional.of("a SecureString or secret through ${ssm:..}, decrypted by the Serverless Framework");
        }
        if (SecretName.looksSecret(variable.name())) {
            return TemplateParameters.referencedBy(variable.value(), document)
                    .filter(parameter -> !parameter.noEcho())
                    .map(parameter -> "its value from template parameter '" + parameter.name()
                            + "' (no NoEcho: true, so the stack shows it too)");
        }
        return Optional.empty();
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
