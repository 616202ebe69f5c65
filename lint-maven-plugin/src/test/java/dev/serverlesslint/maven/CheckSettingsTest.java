package dev.serverlesslint.maven;

import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.report.ReportFormat;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckSettingsTest {

    @Test
    void defaultsOfTheGoal() {
        CheckSettings settings = CheckSettings.from("warning", List.of("sarif,json"), 0, null, null);

        assertEquals(Severity.WARNING, settings.threshold());
        assertEquals(List.of(ReportFormat.SARIF, ReportFormat.JSON), settings.formats());
        assertEquals(0, settings.maxAllowedViolations());
        assertEquals(Runtime.getRuntime().availableProcessors(), settings.threads());
    }

    @Test
    void severityIsCaseInsensitive() {
        assertEquals(Severity.ERROR, CheckSettings.from(" Error ", List.of(), 0, 2, null).threshold());
        assertEquals(Severity.NOTE, CheckSettings.from("NOTE", List.of(), 0, 2, null).threshold());
    }

    @Test
    void unknownSeverityNamesTheParameter() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CheckSettings.from("critical", List.of(), 0, null, null));
        assertTrue(e.getMessage().startsWith("severityThreshold: unknown severity 'critical'"), e.getMessage());
    }

    @Test
    void formatsAreListsOrCommaSeparatedWithoutDuplicatesOrBlanks() {
        CheckSettings settings = CheckSettings.from("warning", Arrays.asList("json", " sarif , json", "", null, "TEXT"),
                0, null, null);

        assertEquals(List.of(ReportFormat.JSON, ReportFormat.SARIF, ReportFormat.TEXT), settings.formats());
    }

    @Test
    void noFormatsMeansNoReports() {
        assertEquals(List.of(), CheckSettings.from("warning", null, 0, null, null).formats());
        assertEquals(List.of(), CheckSettings.from("warning", List.of(" "), 0, null, null).formats());
        assertEquals(List.of(), CheckSettings.from("warning", List.of("None"), 0, null, null).formats());
    }

    @Test
    void everyReportFormatIsAccepted() {
        for (ReportFormat format : ReportFormat.values()) {
            assertEquals(List.of(format), CheckSettings.from("warning", List.of(format.cliName()), 0, null, null).formats());
        }
    }

    @Test
    void unknownFormatListsTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CheckSettings.from("warning", List.of("sarif", "html"), 0, null, null));
        assertTrue(e.getMessage().startsWith("formats: unknown report format 'html' (expected any of "), e.getMessage());
        for (ReportFormat format : ReportFormat.values()) {
            assertTrue(e.getMessage().contains(format.cliName()), e.getMessage());
        }
    }

    @Test
    void negativeLimitAndTooFewThreadsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> CheckSettings.from("warning", List.of(), -1, null, null));
        assertThrows(IllegalArgumentException.class, () -> CheckSettings.from("warning", List.of(), 0, 0, null));
        assertEquals(3, CheckSettings.from("warning", List.of(), 0, 3, null).threads());
    }

    @Test
    void encodingIsTheJavaSourcesCharsetAndUtf8WhenUnset() {
        assertEquals(StandardCharsets.UTF_8, CheckSettings.from("warning", List.of(), 0, 1, null).encoding().java());
        assertEquals(StandardCharsets.UTF_8, CheckSettings.from("warning", List.of(), 0, 1, " ").encoding().java());
        assertEquals(StandardCharsets.ISO_8859_1,
                CheckSettings.from("warning", List.of(), 0, 1, "ISO-8859-1").encoding().java());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> CheckSettings.from("warning", List.of(), 0, 1, "latin-42"));
        assertEquals("encoding: unknown encoding 'latin-42' (e.g. UTF-8, ISO-8859-1, windows-1252)", unknown.getMessage());
    }
}
