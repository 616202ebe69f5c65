package dev.serverlesslint.rules.database;

import dev.serverlesslint.core.engine.LintEngine;
import dev.serverlesslint.core.engine.LintRequest;
import dev.serverlesslint.core.engine.RuleSet;
import dev.serverlesslint.core.finding.Finding;
import dev.serverlesslint.core.rule.RuleOptions;
import dev.serverlesslint.core.source.FileSelection;
import dev.serverlesslint.fixtures.FixtureHarness;
import dev.serverlesslint.fixtures.FixtureProjects;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The {@code maxPoolSize} option moves the limit (default 2). */
class OversizedConnectionPoolOptionTest {

    @Test
    void onlyPoolsAboveTheConfiguredMaximumAreReported() {
        // quotes-function's application.yml sets 20; rates-function's default of 10 is within this limit
        assertEquals(List.of("application.yml:8", "TrackingHandler.java:19", "TrackingHandler.java:20"), findings("10"));
    }

    @Test
    void aLimitAboveEveryPoolReportsNothing() {
        assertEquals(List.of(), findings("20"));
    }

    private static List<String> findings(String maxPoolSize) {
        LintRequest request = new LintRequest(FixtureProjects.project("sl112-oversized-connection-pool"), List.of(),
                FileSelection.everything(), Set.of("SL112"), Set.of(), Map.of(),
                Map.of("SL112", new RuleOptions(Map.of(OversizedConnectionPoolRule.MAX_POOL_SIZE_OPTION, maxPoolSize))),
                FixtureHarness.FIXTURE_DATE, 2, LintRequest.DEFAULT_MAX_FILE_BYTES);
        return new LintEngine(RuleSet.discover(OversizedConnectionPoolOptionTest.class.getClassLoader()))
                .run(request).findings().stream()
                .map(f -> f.path().substring(f.path().lastIndexOf('/') + 1) + ":" + f.line())
                .toList();
    }
}
