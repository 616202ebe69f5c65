package dev.serverlesslint.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.serverlesslint.core.engine.LintResult;
import dev.serverlesslint.core.engine.RuleSet;
import dev.serverlesslint.core.report.ReportSettings;
import dev.serverlesslint.core.report.SarifReporter;
import dev.serverlesslint.core.rule.RuleCategory;
import dev.serverlesslint.core.rule.RuleMetadata;
import dev.serverlesslint.core.rule.RulePrecision;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The classification GitHub code scanning files alerts by comes from each rule's {@code @RuleDefinition}: every
 * shipped rule states a category and a precision, exactly the security rules carry a security severity, and the
 * SARIF rule descriptors show all of it.
 */
class RuleClassificationTest {

    private static final RuleSet RULES = RuleSet.discover(RuleClassificationTest.class.getClassLoader());

    /** Hard-coded credentials, wildcard IAM, plaintext secrets and invoke permissions: the security rules. */
    private static final Set<String> SECURITY_RULES = Set.of("SL109", "SL214", "SL215", "SL216");

    @Test
    void everyRuleStatesItsCategoryAndPrecision() {
        List<String> unclassified = new ArrayList<>();
        for (RuleMetadata rule : RULES.metadata()) {
            if (rule.category() == RuleCategory.UNCLASSIFIED || rule.precision() == RulePrecision.UNSPECIFIED) {
                unclassified.add(rule.id());
            }
        }
        assertEquals(List.of(), unclassified,
                "rules without category = RuleCategory.X and precision = RulePrecision.Y in their @RuleDefinition");
    }

    @Test
    void exactlyTheSecurityRulesHaveASecuritySeverity() {
        Map<String, String> scored = new TreeMap<>();
        Set<String> security = new TreeSet<>();
        for (RuleMetadata rule : RULES.metadata()) {
            if (!rule.securitySeverity().isEmpty()) {
                scored.put(rule.id(), rule.securitySeverity());
            }
            if (rule.category() == RuleCategory.SECURITY) {
                security.add(rule.id());
            }
        }
        assertEquals(new TreeSet<>(SECURITY_RULES), security);
        assertEquals(Map.of("SL109", "9.8", "SL214", "7.0", "SL215", "7.5", "SL216", "5.0"), scored);
    }

    @Test
    void sarifRuleDescriptorsCarryTheClassification() throws IOException {
        StringWriter out = new StringWriter();
        new SarifReporter(ReportSettings.PLAIN).write(new LintResult(List.of(), 0, List.of(), RULES), out);
        JsonNode descriptors = new ObjectMapper().readTree(out.toString()).at("/runs/0/tool/driver/rules");
        assertEquals(RULES.metadata().size(), descriptors.size());
        for (JsonNode descriptor : descriptors) {
            String id = descriptor.get("id").asText();
            RuleMetadata rule = RULES.metadata().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
            JsonNode properties = descriptor.get("properties");
            List<String> tags = new ArrayList<>();
            properties.get("tags").forEach(tag -> tags.add(tag.asText()));
            assertEquals(List.of("serverless", "aws-lambda", rule.category().tag()), tags, id);
            assertTrue(Set.of("very-high", "high", "medium").contains(properties.get("precision").asText()), id);
            String expectedSeverity = switch (rule.defaultSeverity()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                case NOTE -> "recommendation";
            };
            assertEquals(expectedSeverity, properties.get("problem.severity").asText(), id);
            assertEquals(SECURITY_RULES.contains(id), properties.has("security-severity"), id);
        }
        JsonNode hardcoded = descriptors.findParents("id").stream()
                .filter(d -> d.get("id").asText().equals("SL109")).findFirst().orElseThrow();
        assertEquals("9.8", hardcoded.at("/properties/security-severity").asText());
        assertEquals("very-high", hardcoded.at("/properties/precision").asText());
    }
}
