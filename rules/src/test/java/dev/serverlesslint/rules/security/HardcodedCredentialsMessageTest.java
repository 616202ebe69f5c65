package dev.serverlesslint.rules.security;

import dev.serverlesslint.core.finding.Finding;
import dev.serverlesslint.fixtures.FixtureHarness;
import dev.serverlesslint.fixtures.FixtureProjects;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Findings about credentials must not repeat the credentials. */
class HardcodedCredentialsMessageTest {

    private static final List<String> SECRETS = List.of(
            "AKIA2E4RZQ7LMN3XVB5K", "q8Vn3LxR2tWm9KpZ4yHc7BfJ1sDg6NaE0uXoTiQe",
            "AKIAQ3RTYB6WZXC2VNML", "Zr7mN2xQ9vB4kL8pT1wE6yU3iO5aS0dF2gH4jK7l",
            "ASIAJ5KD7QW2RTZX4BNM", "Pq2Wm8Xr5Tn1Yb7Kc4Vz9Ld3Hf6Gs0Ja2Ue8Oi5Ry",
            "AKIAZ7XW3V2QPLMN5KRT");

    @Test
    void messagesNeverContainTheSecretOrTheWholeKey() {
        List<Finding> findings = FixtureHarness.lint(FixtureProjects.project("sl109-hardcoded-credentials"))
                .findings().stream().filter(f -> f.ruleId().equals("SL109")).toList();
        assertEquals(5, findings.size());
        for (Finding finding : findings) {
            for (String secret : SECRETS) {
                assertFalse(finding.message().contains(secret), finding.message());
                assertFalse(finding.message().contains(secret.substring(4, 16)), finding.message());
            }
        }
    }

    @Test
    void masksAllButTheFirstAndLastFourCharactersOfAKey() {
        assertEquals("AKIA************VNML", HardcodedCredentialsRule.mask("AKIAQ3RTYB6WZXC2VNML"));
        assertTrue(HardcodedCredentialsRule.mask("ASIAJ5KD7QW2RTZX4BNM").startsWith("ASIA****"));
    }
}
