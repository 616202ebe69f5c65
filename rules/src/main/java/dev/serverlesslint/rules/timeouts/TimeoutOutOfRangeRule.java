package dev.serverlesslint.rules.timeouts;

import dev.serverlesslint.core.config.ConfigDocument;
import dev.serverlesslint.core.config.ConfigValue;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.model.FunctionProperty;
import dev.serverlesslint.core.model.LambdaFunction;
import dev.serverlesslint.core.rule.ConfigRule;
import dev.serverlesslint.core.rule.RuleContext;
import dev.serverlesslint.core.rule.RuleDefinition;
import dev.serverlesslint.rules.functions.FindingsByDefinition;

import java.util.OptionalInt;

/** SL202: a timeout Lambda rejects (below 1 s or above 900 s). */
@RuleDefinition(
        id = "SL202",
        name = "timeout-out-of-range",
        severity = Severity.ERROR,
        summary = "A function's timeout is below 1 second or above 900 seconds (15 minutes).",
        description = "Lambda accepts timeouts from 1 to 900 seconds. A value outside that range fails "
                + "the deployment (CloudFormation rejects the function), usually after the rest of the "
                + "stack has started to change.",
        remediation = "Set a timeout between 1 and 900 seconds. Work that needs longer than 15 minutes "
                + "belongs in Step Functions, ECS/Fargate or AWS Batch, or split into smaller steps.")
public final class TimeoutOutOfRangeRule implements ConfigRule {

    static final int MIN_SECONDS = 1;
    static final int MAX_SECONDS = 900;

    @Override
    public void check(ConfigDocument document, RuleContext context) {
        FindingsByDefinition findings = new FindingsByDefinition();
        for (LambdaFunction function : context.model().functionsOf(document)) {
            if (!function.isReadable()) {
                continue;
            }
            ConfigValue timeout = function.property(FunctionProperty.TIMEOUT);
            OptionalInt seconds = timeout.asInt();
            if (seconds.isEmpty() || seconds.getAsInt() >= MIN_SECONDS && seconds.getAsInt() <= MAX_SECONDS) {
                continue;
            }
            int value = seconds.getAsInt();
            findings.addSetting(function.name(), timeout, !function.ownsProperty(FunctionProperty.TIMEOUT),
                    Severity.ERROR, subject -> FindingsByDefinition.capitalized(subject) + ": timeout of " + value + " s is outside Lambda's range of "
                            + MIN_SECONDS + " to " + MAX_SECONDS + " s, so the deployment fails. Set a timeout between 1 "
                            + "and 900 s; for longer work use Step Functions or split it into steps.");
        }
        findings.reportTo(context);
    }
}
