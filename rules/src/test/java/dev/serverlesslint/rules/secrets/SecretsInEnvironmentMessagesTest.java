package dev.serverlesslint.rules.secrets;

import dev.serverlesslint.core.engine.LintResult;
import dev.serverlesslint.core.finding.Finding;
import dev.serverlesslint.fixtures.FixtureHarness;
import dev.serverlesslint.fixtures.FixtureProjects;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A finding about a secret must never repeat the secret: reports end up in CI logs and PR comments. */
class SecretsInEnvironmentMessagesTest {

    private static final List<String> SECRETS_IN_FIXTURE = List.of(
            "hunter2-prod", "SG.live-abc123", "sk_live_0123456789", "pdf-live-key-42", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC");

    /** The literal secrets above, and six values resolved at deploy time (their messages name the source). */
    private static final int FINDINGS_IN_FIXTURE = SECRETS_IN_FIXTURE.size() + 6;

    @Test
    void messagesNameTheVariableButNeverItsValue() {
        LintResult result = FixtureHarness.lint(FixtureProjects.project("sl215-secrets-in-environment"));
        List<Finding> findings = result.findings().stream().filter(f -> f.ruleId().equals("SL215")).toList();
        assertEquals(FINDINGS_IN_FIXTURE, findings.size());
        for (Finding finding : findings) {
            for (String secret : SECRETS_IN_FIXTURE) {
                assertFalse(finding.message().contains(secret), finding.message());
            }
        }
    }

    @Test
    void deployTimeSecretsSayWhereTheValueComesFrom() {
        LintResult result = FixtureHarness.lint(FixtureProjects.project("sl215-secrets-in-environment"));
        List<String> messages = result.findings().stream().filter(f -> f.ruleId().equals("SL215"))
                .map(Finding::message).toList();
        String after = " at deploy time, which writes the value into the function's configuration in plain text: "
                + "anyone allowed lambda:GetFunctionConfiguration sees it, and rotating it needs a redeploy. Pass "
                + "the secret's name or ARN instead and fetch it at init (Parameters and Secrets extension, SDK, "
                + "Powertools).";
        assertTrue(messages.contains("Environment variable 'DB_PASSWORD' of function 'ChargeFunction' gets a Secrets "
                + "Manager secret through {{resolve:secretsmanager:..}}" + after), messages.toString());
        assertTrue(messages.contains("Environment variable 'PARTNER_API_KEY' of function 'ChargeFunction' gets its "
                + "value from template parameter 'PartnerApiKey' (no NoEcho: true, so the stack shows it too)" + after),
                messages.toString());
    }
}
