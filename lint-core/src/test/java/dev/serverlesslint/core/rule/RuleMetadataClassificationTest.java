package dev.serverlesslint.core.rule;

import dev.serverlesslint.core.finding.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RuleMetadataClassificationTest {

    private static RuleMetadata rule(RuleCategory category, String securitySeverity) {
        return new RuleMetadata("SL999", "some-rule", Severity.WARNING, "s", "d", "r", List.of(), category,
                RulePrecision.HIGH, securitySeverity);
    }

    @Test
    void securityRulesNeedAScoreFromPointOneToTen() {
        assertEquals("7.5", rule(RuleCategory.SECURITY, "7.5").securitySeverity());
        assertEquals("10.0", rule(RuleCategory.SECURITY, "10.0").securitySeverity());
        for (String bad : List.of("", "7", "7.55", "0.0", "10.5", "high")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> rule(RuleCategory.SECURITY, bad), bad);
            assertEquals("SL999: a security rule needs a security severity from 0.1 to 10.0 with one decimal, "
                    + "e.g. \"7.5\", not '" + bad + "'", e.getMessage());
        }
    }

    @Test
    void otherRulesHaveNoScore() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> rule(RuleCategory.RELIABILITY, "5.0"));
        assertEquals("SL999: only security rules have a security severity", e.getMessage());
    }

    @Test
    void sarifNamesOfPrecisionAndCategory() {
        assertEquals("very-high", RulePrecision.VERY_HIGH.sarifName());
        assertEquals("", RulePrecision.UNSPECIFIED.sarifName());
        assertEquals("cost", RuleCategory.COST.tag());
    }
}
