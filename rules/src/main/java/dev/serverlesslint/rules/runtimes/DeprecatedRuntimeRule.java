package dev.serverlesslint.rules.runtimes;

import dev.serverlesslint.core.config.ConfigDocument;
import dev.serverlesslint.core.config.ConfigValue;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.model.FunctionProperty;
import dev.serverlesslint.core.model.LambdaFunction;
import dev.serverlesslint.core.model.TemplateParameters;
import dev.serverlesslint.core.rule.ConfigRule;
import dev.serverlesslint.core.rule.RuleContext;
import dev.serverlesslint.core.rule.RuleCategory;
import dev.serverlesslint.core.rule.RuleDefinition;
import dev.serverlesslint.rules.functions.FindingsByDefinition;
import dev.serverlesslint.core.rule.RulePrecision;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/** SL206: a runtime that AWS has deprecated, or deprecates within 180 days. */
@RuleDefinition(
        id = "SL206",
        name = "deprecated-runtime",
        severity = Severity.WARNING,
        category = RuleCategory.MAINTAINABILITY,
        precision = RulePrecision.VERY_HIGH,
        summary = "A function uses a Lambda runtime that is deprecated (error) or will be within 180 days (warning).",
        description = "When AWS deprecates a managed runtime it stops patching it, and a month or more later "
                + "blocks creating and then updating functions that use it: a routine deployment starts to "
                + "fail. Dates come from AWS's published Lambda runtime deprecation schedule and are "
                + "evaluated against today or --as-of.",
        remediation = "Move the function to a supported runtime of the same language (the message names one) "
                + "and test it there before the deprecation date.")
public final class DeprecatedRuntimeRule implements ConfigRule {

    static final int WARNING_DAYS = 180;

    @Override
    public void check(ConfigDocument document, RuleContext context) {
        LocalDate today = context.asOf();
        FindingsByDefinition findings = new FindingsByDefinition();
        for (LambdaFunction function : context.model().functionsOf(document)) {
            if (!function.isReadable()) {
                continue;
            }
            ConfigValue runtime = function.property(FunctionProperty.RUNTIME);
            Optional<TemplateParameters.Resolved> setting = function.setting(FunctionProperty.RUNTIME);
            Optional<RuntimeLifecycle.Runtime> known = setting
                    .map(r -> r.value().trim().toLowerCase(Locale.ROOT))
                    .flatMap(RuntimeLifecycle.published()::find);
            if (known.isEmpty()) {
                continue;
            }
            RuntimeLifecycle.Runtime entry = known.get();
            String origin = setting.get().origin();
            boolean inherited = !function.ownsProperty(FunctionProperty.RUNTIME);
            if (!today.isBefore(entry.deprecation())) {
                findings.addSetting(function.name(), runtime, inherited, Severity.ERROR,
                        subject -> FindingsByDefinition.capitalized(subject) + ": runtime " + entry.identifier() + origin + " is deprecated since " + entry.deprecation() + " (no more "
                        + "security patches; AWS then blocks creating and updating functions on it). Move to "
                        + entry.replacement() + ".");
            } else if (!today.isBefore(entry.deprecation().minusDays(WARNING_DAYS))) {
                findings.addSetting(function.name(), runtime, inherited, Severity.WARNING,
                        subject -> FindingsByDefinition.capitalized(subject) + ": runtime " + entry.identifier() + origin + " will be deprecated on " + entry.deprecation() + " (no more "
                        + "security patches; deployments get blocked later). Plan the move to "
                        + entry.replacement() + ".");
            }
        }
        findings.reportTo(context);
    }
}
