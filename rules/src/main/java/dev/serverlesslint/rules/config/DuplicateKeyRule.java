package dev.serverlesslint.rules.config;

import dev.serverlesslint.core.config.ConfigDocument;
import dev.serverlesslint.core.config.DuplicateKey;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.rule.ConfigRule;
import dev.serverlesslint.core.rule.RuleContext;
import dev.serverlesslint.core.rule.RuleCategory;
import dev.serverlesslint.core.rule.RuleDefinition;
import dev.serverlesslint.core.rule.RulePrecision;

/** SL003: a mapping key written twice; YAML parsers and CloudFormation keep only the last. */
@RuleDefinition(
        id = "SL003",
        name = "duplicate-key",
        severity = Severity.WARNING,
        category = RuleCategory.RELIABILITY,
        precision = RulePrecision.VERY_HIGH,
        summary = "A YAML or JSON mapping repeats a key.",
        description = "When a mapping repeats a key, the last value silently wins at deploy time, so a "
                + "setting that looks configured (a timeout, a memory size, a policy) may not be.",
        remediation = "Keep one occurrence of the key, with the value you mean.")
public final class DuplicateKeyRule implements ConfigRule {

    @Override
    public void check(ConfigDocument document, RuleContext context) {
        for (DuplicateKey duplicate : document.duplicateKeys()) {
            context.report(duplicate.position(), "Key '" + duplicate.key() + "' is repeated (first at line "
                    + duplicate.firstPosition().line() + "); only this last value takes effect. "
                    + "Keep one occurrence of '" + duplicate.key() + "'.");
        }
    }
}
