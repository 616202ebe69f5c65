package dev.serverlesslint.core.report;

import dev.serverlesslint.core.engine.InternalError;
import dev.serverlesslint.core.engine.LintResult;
import dev.serverlesslint.core.engine.RuleSet;
import dev.serverlesslint.core.finding.Finding;
import dev.serverlesslint.core.finding.Severity;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Names and messages from a hostile project (a file name, YAML key or function name with a line
 * break, ESC or {@code ::}) cannot start a GitHub workflow command or send terminal sequences.
 */
class HostileTextTest {

    static final String HOSTILE = "x\n::add-mask::secret\r\u001b]0;owned\u0007\u009b2J\u2028::error file=a::b";

    @Test
    void controlCharactersAreEscapedAndNoLineStartsAWorkflowCommand() {
        assertEquals("x\\n::add-mask::secret\\r\\u001b]0;owned\\u0007\\u009b2J\\u2028::error file=a::b",
                TerminalText.escape(HOSTILE));
        assertEquals("tab\\tand plain text é 😀", TerminalText.escape("tab\tand plain text é 😀"));
        assertEquals("\\:\\:error file=x::y", TerminalText.lineStart("::error file=x::y"));
        assertEquals("  \\:\\:warning::z", TerminalText.lineStart("  ::warning::z"));
        assertEquals("a::b", TerminalText.lineStart("a::b"));
    }

    @Test
    void theTextReportHasNoRawControlCharacterAndNoWorkflowCommandLine() throws IOException {
        Finding finding = new Finding("SL001", "invalid-configuration", Severity.ERROR, "::error file=a::" + HOSTILE,
                1, 1, "Unknown key '" + HOSTILE + "'", null);
        LintResult result = new LintResult(List.of(finding), 1,
                List.of(new InternalError("SL999", HOSTILE, HOSTILE, null)), new RuleSet(List.of()));
        StringWriter out = new StringWriter();
        new TextReporter(new ReportSettings(SourceLines.NONE, true, "")).write(result, out);

        for (String line : out.toString().split("\n", -1)) {
            assertFalse(line.strip().startsWith("::"), line);
            String withoutOwnColours = line.replaceAll("\u001b\\[[0-9;]*m", "");
            assertTrue(withoutOwnColours.chars().noneMatch(c -> c < 0x20 && c != '\t' || c >= 0x7f && c <= 0x9f),
                    withoutOwnColours);
        }
        assertTrue(out.toString().contains("Unknown key 'x\\n::add-mask::secret\\r\\u001b]0;owned"), out.toString());
    }
}
