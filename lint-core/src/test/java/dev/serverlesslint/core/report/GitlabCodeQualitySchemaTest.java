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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --format gitlab} validates against the GitLab Code Quality schema of {@code .ci/gitlab} (the CI check
 * {@code .ci/checks/21-gitlab-codequality.sh} validates real fixture output with it too), and its fingerprints are
 * unique, as GitLab keys issues by them.
 */
class GitlabCodeQualitySchemaTest {

    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("../.ci/gitlab/codequality-report.schema.json"))) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }

    private static JsonNode render(LintResult result, ReportSettings settings) throws IOException {
        return JsonTrees.MAPPER.readTree(ReporterGoldenTest.render(new GitlabCodeQualityReporter(settings), result));
    }

    @Test
    void reportIsValidWithUniqueFingerprints() throws IOException {
        for (ReportSettings settings : List.of(ReportSettings.PLAIN,
                ReportSettings.PLAIN.withSources(SourceLines.of(SampleResult.SOURCES)))) {
            JsonNode report = render(SampleResult.create(), settings);
            assertEquals(Set.of(), schema.validate(report));
            Set<String> fingerprints = new HashSet<>();
            report.forEach(issue -> assertTrue(fingerprints.add(issue.get("fingerprint").asText()), issue.toString()));
            assertEquals(6, fingerprints.size());
        }
        assertEquals(Set.of(), schema.validate(render(SampleResult.clean(), ReportSettings.PLAIN)));
    }

    @Test
    void severitiesMapToGitlabsScale() throws IOException {
        JsonNode report = render(SampleResult.create(), ReportSettings.PLAIN);
        List<String> mapped = new java.util.ArrayList<>();
        report.forEach(issue -> mapped.add(issue.at("/check_name").asText() + " " + issue.at("/severity").asText()
                + " " + issue.at("/location/path").asText() + ":" + issue.at("/location/lines/begin").asInt()));
        assertEquals(List.of(
                "serverless-lint:SL201 major serverless.yml:6",
                "serverless-lint:SL212 info serverless.yml:6",
                "serverless-lint:SL215 critical serverless.yml:9",
                "serverless-lint:SL103 major src/main/java/com/example/orders/Créer Handler.java:5",
                "serverless-lint:SL103 major src/main/java/com/example/orders/Créer Handler.java:6",
                "serverless-lint:SL201 major stack/removed.template.json:12"), mapped);
    }

    @Test
    void theSchemaCheckIsLive() throws IOException {
        String broken = ReporterGoldenTest.render(new GitlabCodeQualityReporter(ReportSettings.PLAIN), SampleResult.create())
                .replace("\"severity\" : \"major\"", "\"severity\" : \"warning\"")
                .replace("\"begin\" : 6", "\"begin\" : 0");
        Set<ValidationMessage> errors = schema.validate(JsonTrees.MAPPER.readTree(broken));
        assertTrue(errors.size() >= 2, errors.toString());
    }
}
