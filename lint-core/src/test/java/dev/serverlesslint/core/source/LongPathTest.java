package dev.serverlesslint.core.source;

import dev.serverlesslint.core.engine.LintEngine;
import dev.serverlesslint.core.engine.LintRequest;
import dev.serverlesslint.core.engine.RuleSet;
import dev.serverlesslint.core.finding.Finding;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A path longer than the system's 4,096-byte limit cannot be examined; it is reported, not skipped. */
class LongPathTest {

    @Test
    void anEntryBeyondThePathLimitIsSl000() throws Exception {
        Path root = Files.createTempDirectory("serverless-lint-long-path");
        try {
            String name = "d".repeat(200);
            // Created relative to each new directory (cd), as no absolute path that long can be used.
            Process shell = new ProcessBuilder("sh", "-c", "cd \"$0\" && i=0 && while [ $i -lt 25 ]; do"
                    + " mkdir " + name + " || exit 1; cd -P " + name + " || exit 2; i=$((i+1)); done"
                    + " && echo 'service: x' > serverless.yml",
                    root.toString()).redirectErrorStream(true).start();
            Assumptions.assumeTrue(shell.waitFor() == 0, new String(shell.getInputStream().readAllBytes()));

            List<Finding> findings = new LintEngine(new RuleSet(List.of())).run(LintRequest.of(root)).findings();

            assertEquals(1, findings.size(), findings.toString());
            Finding finding = findings.get(0);
            assertEquals("SL000", finding.ruleId());
            assertTrue(finding.path().startsWith(name + "/" + name + "/"), finding.path());
            assertEquals("not linted: this entry cannot be read (file name too long); anything below it is not"
                    + " checked", finding.message());
        } finally {
            new ProcessBuilder("rm", "-rf", root.toString()).start().waitFor();
        }
    }
}
