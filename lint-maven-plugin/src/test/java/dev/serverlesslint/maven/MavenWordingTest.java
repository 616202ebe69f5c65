package dev.serverlesslint.maven;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MavenWordingTest {

    @Test
    void commandLineOptionsBecomeTheGoalsParameters() {
        assertEquals("Regenerate the file with writeBaseline.",
                MavenWording.of("Regenerate the file with --write-baseline."));
        assertEquals("use a rule ID or name from mvn serverless-lint:list-rules; check the configFile path.",
                MavenWording.of("use a rule ID or name from --list-rules; check the --config path."));
        assertEquals("a--config, --unknown-option and x-->y stay", MavenWording.of("a--config, --unknown-option and x-->y stay"));
    }
}
