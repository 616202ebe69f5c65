package dev.serverlesslint.core.engine;

import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.rule.Rule;
import dev.serverlesslint.core.rule.RuleCategory;
import dev.serverlesslint.core.rule.RuleDefinition;
import dev.serverlesslint.core.rule.RulePrecision;

/** SL002: produced by the engine for a suppression that hid no finding. */
@RuleDefinition(
        id = "SL002",
        name = "unused-suppression",
        severity = Severity.NOTE,
        category = RuleCategory.MAINTAINABILITY,
        precision = RulePrecision.VERY_HIGH,
        summary = "A suppression names a rule that reports nothing where the suppression applies.",
        description = "A suppression that matches nothing is noise at best; at worst it hides the next "
                + "real problem introduced at that place, long after the reason it was written for has "
                + "gone. It is only reported for rules that ran.",
        remediation = "Remove the suppression, or the rule ID it no longer needs, or move it to the line "
                + "or declaration the finding is reported on.")
public final class UnusedSuppressionRule implements Rule {
}
