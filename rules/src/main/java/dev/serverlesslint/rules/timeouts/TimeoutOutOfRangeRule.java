package dev.serverlesslint.rules.timeouts;

import dev.serverlesslint.core.config.ConfigDocument;
import dev.serverlesslint.core.config.ConfigValue;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.model.FunctionProperty;
import dev.serverlesslint.core.model.LambdaFunction;
import dev.serverlesslint.core.rule.ConfigRule;
import dev.serverlesslint.core.rule.RuleContext;
import dev.serverlesslint.core.rule.RuleCategory;
import dev.serverlesslint.core.rule.RuleDefinition;
import dev.serverlesslint.rules.functions.FindingsByDefinition;
import dev.serverlesslint.core.rule.RulePrecision;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/** SL202: a timeout Lambda rejects (below 1 s or above 900 s). */
@RuleDefinition(
        id = "SL202",
        name = "timeout-out-of-range",
        severity = Severity.ERROR,
        category = RuleCategory.RELIABILITY,
        precision = RulePrecision.VERY_HIGH,
        summary = "A function's timeout is below 1 second or above 900 seconds (15 minutes).",
        description = "Lambda accepts timeouts from 1 to 900 seconds. A value outside that range fails "
                + "the deployment (CloudFormation rejects the function), usually after the rest of the "
                + "stack has started to change.",
        remediation = "Set a timeout between 1 and 900 seconds. Work that needs longer than 15 minutes "
                + "belongs in Step Functions, ECS/Fargate or AWS Batch, or split into smaller steps.")
public final class TimeoutOutOfRangeRule implements ConfigRule {

    static final int MIN_SECONDS = 1;
    static final int MAX_SECONDS = 900;
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?[0-9]+");

    /**
     * The text of a literal timeout that is not a whole number an int holds ({@code 1e3},
     * {@code 0x3E8}, {@code .inf}, {@code 2147483648}); empty when it is absent, a number, or computed
     * at deploy time (a variable, a reference).
     */
    static Optional<String> notAWholeNumber(ConfigValue timeout) {
        if (!timeout.isLiteral() || !timeout.isScalar()) {
            return Optional.empty();
        }
        return timeout.text().map(String::trim).filter(text -> !text.isEmpty());
    }

    @Override
    public void check(ConfigDocument document, RuleContext context) {
        FindingsByDefinition findings = new FindingsByDefinition();
        for (LambdaFunction function : context.model().functionsOf(document)) {
            if (!function.isReadable()) {
                continue;
            }
            ConfigValue timeout = function.property(FunctionProperty.TIMEOUT);
            OptionalInt seconds = timeout.asInt();
            boolean inherited = !function.ownsProperty(FunctionProperty.TIMEOUT);
            if (seconds.isEmpty()) {
                notAWholeNumber(timeout).ifPresent(text -> findings.addSetting(function.name(), timeout, inherited,
                        Severity.ERROR, subject -> FindingsByDefinition.capitalized(subject) + ": " + unreadable(text)));
                continue;
            }
            int value = seconds.getAsInt();
            if (value >= MIN_SECONDS && value <= MAX_SECONDS) {
                continue;
            }
            findings.addSetting(function.name(), timeout, inherited, Severity.ERROR,
                    subject -> FindingsByDefinition.capitalized(subject) + ": timeout of " + value + " s is outside "
                            + "Lambda's range of " + MIN_SECONDS + " to " + MAX_SECONDS + " s, so the deployment fails. "
                            + "Set a timeout between 1 and 900 s; for longer work use Step Functions or split it into "
                            + "steps.");
        }
        findings.reportTo(context);
    }

    /** What is wrong with a literal timeout that no int holds, and what to write instead. */
    private static String unreadable(String text) {
        String problem = WHOLE_NUMBER.matcher(text).matches()
                ? "is outside Lambda's range of " + MIN_SECONDS + " to " + MAX_SECONDS + " s, so the deployment fails."
                : "is not a whole number of seconds, so it was not checked; Lambda takes a whole number from "
                        + MIN_SECONDS + " to " + MAX_SECONDS + ", and YAML tools read forms such as 1e3, 0x3E8 or "
                        + ".inf differently.";
        return "timeout '" + text + "' " + problem + " Set a timeout between 1 and 900 s, written as a plain integer.";
    }
}
