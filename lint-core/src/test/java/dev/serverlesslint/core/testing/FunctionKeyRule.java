package dev.serverlesslint.core.testing;

import dev.serverlesslint.core.config.ConfigDocument;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.model.LambdaFunction;
import dev.serverlesslint.core.rule.ConfigRule;
import dev.serverlesslint.core.rule.RuleContext;
import dev.serverlesslint.core.rule.RuleDefinition;

/**
 * A test rule: reports every function of a configuration file at its key, and once more at the
 * top of the file (as rules do for inherited settings), attributed to the function.
 */
@RuleDefinition(
        id = "SL901",
        name = "function-key",
        severity = Severity.NOTE,
        summary = "Test rule.",
        description = "Reports functions.",
        remediation = "None.")
public final class FunctionKeyRule implements ConfigRule {

    @Override
    public void check(ConfigDocument document, RuleContext context) {
        for (LambdaFunction function : context.model().functionsOf(document)) {
            context.report(function.position(), "function " + function.name(), function.name());
            context.report(document.root().position(), "inherited setting of " + function.name(), function.name());
        }
    }
}
