package dev.serverlesslint.core.engine;

import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.rule.Rule;
import dev.serverlesslint.core.rule.RuleCategory;
import dev.serverlesslint.core.rule.RuleDefinition;
import dev.serverlesslint.core.rule.RulePrecision;

/** SL000: produced by the engine itself for any file that cannot be read or parsed. */
@RuleDefinition(
        id = "SL000",
        name = "parse-error",
        severity = Severity.ERROR,
        category = RuleCategory.RELIABILITY,
        precision = RulePrecision.VERY_HIGH,
        summary = "A Java, YAML or JSON file cannot be read or parsed.",
        description = "A file that does not parse cannot be checked, and it will usually not build or "
                + "deploy either. The rest of the project is still linted.",
        remediation = "Fix the syntax error at the reported position, or exclude the file if it is not "
                + "part of the project (for example a template with placeholders).")
public final class ParseErrorRule implements Rule {
}
