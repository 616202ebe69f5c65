package dev.serverlesslint.maven;

import dev.serverlesslint.core.engine.LintResult;
import dev.serverlesslint.core.engine.RuleSet;
import dev.serverlesslint.core.finding.Finding;
import dev.serverlesslint.core.finding.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A hostile name or message cannot break a Maven log line (and so start a GitHub workflow command). */
class FindingLogEscapingTest {

    @Test
    void lineBreaksAndEscapesInNamesAndMessagesAreShownEscaped() {
        Finding finding = new Finding("SL001", "invalid-configuration", Severity.ERROR, "a\n::error::b.yml", 1, 1,
                "Unknown key 'k\n::add-mask::s\u001b[2J'", null);
        RecordingLog log = new RecordingLog();

        new FindingLog(log).findings(new LintResult(List.of(finding), 1, List.of(), new RuleSet(List.of())));

        assertEquals(List.of("[ERROR] a\\n::error::b.yml:1:1  error  SL001 invalid-configuration  "
                + "Unknown key 'k\\n::add-mask::s\\u001b[2J'"), log.lines);
    }
}
