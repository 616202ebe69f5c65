package dev.serverlesslint.rules.timeouts;

import dev.serverlesslint.core.config.ConfigDocument;
import dev.serverlesslint.core.config.ConfigValue;
import dev.serverlesslint.core.finding.Fix;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.finding.SourcePosition;
import dev.serverlesslint.core.finding.TextEdit;
import dev.serverlesslint.core.model.FunctionKind;
import dev.serverlesslint.core.model.FunctionProperty;
import dev.serverlesslint.core.model.LambdaFunction;
import dev.serverlesslint.core.rule.ConfigRule;
import dev.serverlesslint.core.rule.RuleContext;
import dev.serverlesslint.core.rule.RuleCategory;
import dev.serverlesslint.core.rule.RuleDefinition;
import dev.serverlesslint.core.rule.RulePrecision;
import dev.serverlesslint.core.source.SourceKind;

import java.util.List;

/** SL201: a function with no timeout of its own and none inherited. */
@RuleDefinition(
        id = "SL201",
        name = "missing-timeout",
        severity = Severity.WARNING,
        category = RuleCategory.RELIABILITY,
        precision = RulePrecision.VERY_HIGH,
        summary = "A Lambda function has no timeout, neither its own nor inherited.",
        description = "Without an explicit timeout a function gets the platform default: 3 seconds on "
                + "Lambda (CloudFormation and SAM), 6 seconds with the Serverless Framework. That is "
                + "rarely what the code needs: too short and cold starts or slow dependencies fail "
                + "requests, and nobody decided it.",
        remediation = "Set a timeout that covers the function's slowest expected run plus a margin: "
                + "'timeout' on the function or in 'provider' (serverless.yml), 'Timeout' on the "
                + "function or in 'Globals.Function' (SAM), 'Timeout' in the properties "
                + "(CloudFormation).")
public final class MissingTimeoutRule implements ConfigRule {

    @Override
    public void check(ConfigDocument document, RuleContext context) {
        for (LambdaFunction function : context.model().functionsOf(document)) {
            if (!function.isReadable()) {
                continue; // properties computed at deploy time: we cannot know
            }
            if (function.property(FunctionProperty.TIMEOUT).isPresent()) {
                continue;
            }
            Fix fix = explicitDefault(function);
            if (fix == null) {
                context.report(function.position(), message(function), function.name());
            } else {
                context.report(function.position(), message(function), function.name(), fix);
            }
        }
    }

    /**
     * A suggested edit that writes today's platform default explicitly as the first setting of the
     * function (block-style YAML only), for the author to adjust: behaviour stays the same, and the
     * timeout becomes a decision someone can see and review.
     */
    static Fix explicitDefault(LambdaFunction function) {
        ConfigValue properties = function.properties();
        if (!properties.isMapping() || properties.entries().isEmpty() || !isYaml(function)) {
            return null;
        }
        ConfigValue firstKey = properties.entries().get(0).key();
        if (firstKey.position().line() <= function.position().line()) {
            return null; // a flow mapping on the key's line: no safe place for a new line
        }
        String indent = " ".repeat(firstKey.position().column() - 1);
        String setting = function.kind() == FunctionKind.SERVERLESS ? "timeout: 6" : "Timeout: 3";
        SourcePosition lineStart = new SourcePosition(firstKey.position().line(), 1);
        return new Fix("Set the timeout explicitly (today's default; adjust it to the function's needs)",
                List.of(TextEdit.insert(lineStart, indent + setting + "\n")));
    }

    private static boolean isYaml(LambdaFunction function) {
        return function.document().file().kind() == SourceKind.YAML;
    }

    private static String message(LambdaFunction function) {
        return switch (function.kind()) {
            case SERVERLESS -> "Function '" + function.name() + "' has no timeout and 'provider' sets none, "
                    + "so it gets the Serverless Framework default of 6 s. Set 'timeout' on the function "
                    + "or in 'provider'.";
            case SAM -> "Function '" + function.name() + "' has no Timeout and Globals.Function sets none, "
                    + "so it gets Lambda's default of 3 s. Set 'Timeout' on the function or in "
                    + "'Globals.Function'.";
            case CLOUDFORMATION -> "Function '" + function.name() + "' has no Timeout, so it gets Lambda's "
                    + "default of 3 s. Set 'Timeout' in its properties.";
        };
    }

}
