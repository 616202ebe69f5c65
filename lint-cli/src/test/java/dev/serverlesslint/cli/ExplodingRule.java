package dev.serverlesslint.cli;

import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.java.JavaSource;
import dev.serverlesslint.core.rule.JavaRule;
import dev.serverlesslint.core.rule.RuleContext;
import dev.serverlesslint.core.rule.RuleDefinition;

/** A broken rule, on the test class path only: it throws on files whose name contains "Explodes". */
@RuleDefinition(
        id = "SL990",
        name = "exploding-test-rule",
        severity = Severity.WARNING,
        summary = "Throws on purpose (tests only).",
        description = "Stands for a rule with a bug.",
        remediation = "Nothing to fix: a test double.")
public final class ExplodingRule implements JavaRule {

    @Override
    public void check(JavaSource source, RuleContext context) {
        if (source.path().contains("Explodes")) {
            throw new IllegalStateException("boom");
        }
    }
}
