package dev.serverlesslint.rules.secrets;

import dev.serverlesslint.core.engine.LintResult;
import dev.serverlesslint.core.finding.Finding;
import dev.serverlesslint.fixtures.FixtureHarness;
import dev.serverlesslint.fixtures.FixtureProjects;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** A finding about a secret must never repeat the secret: reports end up in CI logs and PR comments. */
class SecretsInEnvironmentMessagesTest {

    private static final List<String> SECRETS_IN_FIXTURE = List.of(
            "hunter2-prod", "SG.live-abc123", "sk_live_0123456789", "pdf-live-key-42", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC");

    @Test
    void messagesNameTheVariableButNeverItsValue() {
        LintResult result = FixtureHarness.lint(FixtureProjects.project("sl215-secrets-in-environment"));
        List<Finding> findings = result.findings().stream().filter(f -> f.ruleId().equals("SL215")).toList();
        assertEquals(SECRETS_IN_FIXTURE.size(), findings.size());
        for (Finding finding : findings) {
            for (String secret : SECRETS_IN_FIXTURE) {
                assertFalse(finding.message().contains(secret), finding.message());
            }
        }
    }
}
