package dev.serverlesslint.core.report;

import dev.serverlesslint.core.engine.LintResult;
import dev.serverlesslint.core.finding.Finding;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportFormatTest {

    @Test
    void everyFormatHasItsOwnFileExtension() {
        assertEquals(ReportFormat.values().length,
                Arrays.stream(ReportFormat.values()).map(ReportFormat::fileExtension).distinct().count());
    }

    @Test
    void parsesCommandLineNamesAndListsThemWhenUnknown() {
        assertEquals(ReportFormat.RDJSON, ReportFormat.parse(" RDJSON "));
        assertEquals(ReportFormat.GITHUB, ReportFormat.parse("github"));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> ReportFormat.parse("xml"));
        assertEquals("unknown format 'xml' (expected one of text, json, sarif, checkstyle, rdjson, github, gitlab, junit)",
                error.getMessage());
    }

    @Test
    void sarifFingerprintsFollowTheCodeNotTheLineNumber() throws IOException {
        Finding before = new Finding("SL103", "handler-scoped-client", dev.serverlesslint.core.finding.Severity.WARNING,
                "A.java", 3, 9, "message", null);
        Finding after = new Finding("SL103", "handler-scoped-client", dev.serverlesslint.core.finding.Severity.WARNING,
                "A.java", 5, 13, "message", null);
        String oldFile = "class A {\n  void f() {\n    var c = S3Client.create();\n  }\n}\n";
        String newFile = "// header\n\nclass A {\n  void f() {\n        var c =   S3Client.create();\n  }\n}\n";
        assertEquals(fingerprints(before, oldFile), fingerprints(after, newFile));
        assertNotEquals(fingerprints(before, oldFile), fingerprints(before, "class A {\n\n  other();\n}\n"));
    }

    @Test
    void identicalFindingsGetDistinctFingerprints() throws IOException {
        Finding finding = new Finding("SL201", "missing-timeout", dev.serverlesslint.core.finding.Severity.WARNING,
                "s.yml", 1, 1, "m", null);
        LintResult result = new LintResult(List.of(finding, finding), 1, List.of(),
                SampleResult.create().rules());
        List<String> prints = fingerprintsOf(result, SourceLines.NONE);
        assertEquals(2, prints.size());
        assertTrue(prints.get(0).endsWith(":1") && prints.get(1).endsWith(":2"), prints.toString());
    }

    private static String fingerprints(Finding finding, String content) throws IOException {
        LintResult result = new LintResult(List.of(finding), 1, List.of(), SampleResult.create().rules());
        return fingerprintsOf(result, SourceLines.of(Map.of(finding.path(), content))).get(0);
    }

    private static List<String> fingerprintsOf(LintResult result, SourceLines sources) throws IOException {
        String sarif = ReporterGoldenTest.render(new SarifReporter(ReportSettings.PLAIN.withSources(sources)), result);
        Matcher matcher = Pattern.compile("\"serverlessLintFindingHash/v1\" : \"([0-9a-f:]+)\"").matcher(sarif);
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
