package dev.serverlesslint.core.baseline;

import dev.serverlesslint.core.engine.LintResult;
import dev.serverlesslint.core.finding.Finding;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.location.FileRegions;
import dev.serverlesslint.core.location.SourceLines;
import dev.serverlesslint.core.finding.InvalidConfigurationException;
import dev.serverlesslint.core.testing.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BaselineTest {

    private static final String FILE = "src/main/java/com/example/Handler.java";

    @TempDir
    Path dir;

    private TestProject original() {
        return new TestProject(dir).file(FILE,
                "package com.example;",
                "class Handler {",
                "    void run() {",
                "        String a = \"VIOLATION\";",
                "    }",
                "    void other() {",
                "        String a = \"VIOLATION\";",
                "    }",
                "}");
    }

    @Test
    void movedFindingsStayHiddenAndNewOnesShow() {
        Baseline accepted = original().lint().currentBaseline();
        assertEquals(2, accepted.entries().size(), "same line text in two methods: two fingerprints");

        LintResult later = new TestProject(dir).file(FILE,
                "package com.example;",
                "",
                "/** Moved down by a comment and a new method. */",
                "class Handler {",
                "    void added() {",
                "        String b = \"VIOLATION\";",
                "    }",
                "    void run() {",
                "        int unrelated = 1;",
                "        String a = \"VIOLATION\";",
                "        String a = \"VIOLATION\";",
                "    }",
                "    void other() {",
                "        String a = \"VIOLATION\";",
                "    }",
                "}").lint(request -> request.withBaseline(accepted));
        // line 6 is new; of the two identical lines in run() one was accepted, the second is new.
        assertEquals(List.of(FILE + ":6 SL900", FILE + ":11 SL900"), TestProject.summary(later));
        assertEquals(2, later.hiddenByBaseline());
        assertTrue(later.fingerprint(later.findings().get(0)).isPresent());
    }

    @Test
    void baselineFileRoundTripIsDeterministic() throws Exception {
        Baseline accepted = original().lint().currentBaseline();
        Path file = dir.resolve("baseline.json");
        BaselineFile.write(accepted, file);
        String first = Files.readString(file);
        Baseline read = BaselineFile.read(file, "baseline.json");
        assertEquals(accepted.entries(), read.entries());
        BaselineFile.write(read, file);
        assertEquals(first, Files.readString(file));
        assertTrue(first.startsWith("{\n  \"tool\" : \"serverless-lint\",\n  \"version\" : 1,"), first);
        assertTrue(first.endsWith("}\n"));
        assertTrue(first.contains("\"context\" : \"Handler#run()\""), first);
    }

    @Test
    void badBaselineFilesAreInvalidConfigurationWithTheLine() throws Exception {
        Path file = dir.resolve("baseline.json");
        Files.writeString(file, "{ \"version\": 1, \"findings\": [");
        InvalidConfigurationException syntax = assertThrows(InvalidConfigurationException.class,
                () -> BaselineFile.read(file, "baseline.json"));
        assertEquals("baseline.json", syntax.problem().path());

        Files.writeString(file, String.join("\n", "{", "  \"version\": 1,", "  \"findings\": [",
                "    {\"rule\": \"SL103\", \"path\": \"a\"}", "  ]", "}"));
        InvalidConfigurationException entry = assertThrows(InvalidConfigurationException.class,
                () -> BaselineFile.read(file, "baseline.json"));
        assertEquals(4, entry.problem().position().line());

        Files.writeString(file, "{\"version\": 7, \"findings\": []}");
        assertTrue(assertThrows(InvalidConfigurationException.class, () -> BaselineFile.read(file, "b"))
                .getMessage().contains("version"));

        assertThrows(InvalidConfigurationException.class, () -> BaselineFile.read(dir.resolve("missing.json"), "m"));
    }

    @Test
    void fingerprintIgnoresIndentationAndLineNumber() {
        Finding finding = new Finding("SL900", "marker", Severity.WARNING, "a.java", 2, 1, "m", null);
        Finding moved = new Finding("SL900", "marker", Severity.WARNING, "a.java", 3, 1, "m", null);
        Fingerprint before = Fingerprint.of(finding, SourceLines.of("x\n  a  =  b;\n"), FileRegions.NONE);
        Fingerprint after = Fingerprint.of(moved, SourceLines.of("x\n\n\ta = b;"), FileRegions.NONE);
        assertEquals(before, after);
    }
}
