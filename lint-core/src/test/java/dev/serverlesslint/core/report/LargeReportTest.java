package dev.serverlesslint.core.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.serverlesslint.core.engine.LintResult;
import dev.serverlesslint.core.finding.Finding;
import dev.serverlesslint.core.finding.Severity;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reports are streamed: 50,000 findings are written as SARIF, rdjson and GitLab Code Quality in a JVM whose heap holds the
 * findings but not a JSON tree of the whole report (which needs several times more).
 */
class LargeReportTest {

    static final int FINDINGS = 50_000;
    /** Enough for the findings and one result at a time; a whole-report tree ran out of memory here. */
    static final String SMALL_HEAP = "-Xmx48m";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"sarif", "rdjson", "gitlab"})
    void fiftyThousandFindingsAreWrittenWithASmallHeap(String format) throws Exception {
        Path report = dir.resolve("report." + format);
        Process writer = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                SMALL_HEAP, "-cp", System.getProperty("java.class.path"), WriteLarge.class.getName(), format,
                report.toString())
                .redirectErrorStream(true).start();
        String output = new String(writer.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(writer.waitFor(120, TimeUnit.SECONDS), "the writer did not finish");
        assertEquals(0, writer.exitValue(), output);

        JsonNode written = new ObjectMapper().readTree(report.toFile());
        JsonNode entries = switch (format) {
            case "sarif" -> written.path("runs").path(0).path("results");
            case "rdjson" -> written.path("diagnostics");
            default -> written;
        };
        assertEquals(FINDINGS, entries.size());
        JsonNode last = entries.path(FINDINGS - 1);
        assertEquals("src/main/java/com/example/orders/Handler499.java", switch (format) {
            case "sarif" -> last.path("locations").path(0).path("physicalLocation").path("artifactLocation")
                    .path("uri").asText();
            default -> last.path("location").path("path").asText(); // rdjson and GitLab
        });
    }

    /** The child: a result of {@value #FINDINGS} findings written in one format. */
    public static final class WriteLarge {
        public static void main(String[] args) throws Exception {
            LintResult sample = SampleResult.create();
            List<Finding> findings = new ArrayList<>(FINDINGS);
            for (int i = 0; i < FINDINGS; i++) {
                findings.add(new Finding("SL103", "handler-scoped-client", Severity.WARNING,
                        "src/main/java/com/example/orders/Handler" + (i / 100) + ".java", i % 100 + 1, 9,
                        "Handler" + (i / 100) + ".handleRequest creates a client (S3Client.create()) on every"
                                + " invocation. Create it once during init.", null));
            }
            LintResult result = new LintResult(findings, FINDINGS / 100, List.of(), sample.rules());
            Reporter reporter = switch (args[0]) {
                case "sarif" -> new SarifReporter(ReportSettings.PLAIN);
                case "rdjson" -> new RdjsonReporter(ReportSettings.PLAIN);
                default -> new GitlabCodeQualityReporter(ReportSettings.PLAIN);
            };
            ReportFile.write(Path.of(args[1]), out -> reporter.write(result, out));
        }
    }
}
