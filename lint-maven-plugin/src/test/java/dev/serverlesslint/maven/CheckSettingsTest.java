package dev.serverlesslint.maven;

import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.report.ReportFormat;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckSettingsTest {

    @Test
    void defaultsOfTheGoal() {
        CheckSettings settings = CheckSettings.from("warning", List.of("sarif,json"), 0, null);

        assertEquals(Severity.WARNING, settings.threshold());
        assertEquals(List.of(ReportFormat.SARIF, ReportFormat.JSON), settings.formats());
        assertEquals(0, settings.maxAllowedViolations());
        assertEquals(Runtime.getRuntime().availableProcessors(), settings.threads());
    }

    @Test
    void severityIsCaseInsensitive() {
        assertEquals(Severity.ERROR, CheckSettings.from(" Error ", List.of(), 0, 2).threshold());
        assertEquals(Severity.NOTE, CheckSettings.from("NOTE", List.of(), 0, 2).threshold());
    }

    @Test
    void unknownSeverityNamesTheParameter() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CheckSettings.from("critical", List.of(), 0, null));
        assertTrue(e.getMessage().startsWith("severityThreshold: unknown severity 'critical'"), e.getMessage());
    }

    @Test
    void formatsAreListsOrCommaSeparatedWithoutDuplicatesOrBlanks() {
        CheckSettings settings = CheckSettings.from("warning", Arrays.asList("json", " sarif , json", "", null, "TEXT"),
                0, null);

        assertEquals(List.of(ReportFormat.JSON, ReportFormat.SARIF, ReportFormat.TEXT), settings.formats());
    }

    @Test
    void noFormatsMeansNoReports() {
        assertEquals(List.of(), CheckSettings.from("warning", null, 0, null).formats());
        assertEquals(List.of(), CheckSettings.from("warning", List.of(" "), 0, null).formats());
        assertEquals(List.of(), CheckSettings.from("warning", List.of("None"), 0, null).formats());
    }

    @Test
    void everyReportFormatIsAccepted() {
        for (ReportFormat format : ReportFormat.values()) {
            assertEquals(List.of(format), CheckSettings.from("warning", List.of(format.cliName()), 0, null).formats());
        }
    }

    @Test
    void unknownFormatListsTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CheckSettings.from("warning", List.of("sarif", "html"), 0, null));
        assertTrue(e.getMessage().startsWith("formats: unknown report format 'html' (expected any of "), e.getMessage());
        for (ReportFormat format : ReportFormat.values()) {
            assertTrue(e.getMessage().contains(format.cliName()), e.getMessage());
        }
    }

    @Test
    void negativeLimitAndTooFewThreadsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> CheckSettings.from("warning", List.of(), -1, null));
        assertThrows(IllegalArgumentException.class, () -> CheckSettings.from("warning", List.of(), 0, 0));
        assertEquals(3, CheckSettings.from("warning", List.of(), 0, 3).threads());
    }
}
