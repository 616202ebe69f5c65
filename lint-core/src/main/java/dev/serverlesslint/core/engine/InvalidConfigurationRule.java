package dev.serverlesslint.core.engine;

import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.rule.Rule;
import dev.serverlesslint.core.rule.RuleCategory;
import dev.serverlesslint.core.rule.RuleDefinition;
import dev.serverlesslint.core.rule.RulePrecision;

/** SL001: produced by the engine for a bad project configuration, suppression or baseline. */
@RuleDefinition(
        id = "SL001",
        name = "invalid-configuration",
        severity = Severity.ERROR,
        category = RuleCategory.MAINTAINABILITY,
        precision = RulePrecision.VERY_HIGH,
        summary = "The project configuration, a suppression comment or the baseline file is invalid.",
        description = "A configuration serverless-lint cannot understand would silently change what is "
                + "checked: a misspelt rule ID in a suppression hides nothing, an unknown option in "
                + ".serverless-lint.yml is ignored. The command line exits with status 2 when "
                + ".serverless-lint.yml or the baseline is invalid; the rest of the project is still "
                + "linted and reported.",
        remediation = "Fix the entry at the reported line: use an existing rule ID (see --list-rules), a "
                + "known option name with a value of the right type, or regenerate the baseline with "
                + "--write-baseline.")
public final class InvalidConfigurationRule implements Rule {
}
