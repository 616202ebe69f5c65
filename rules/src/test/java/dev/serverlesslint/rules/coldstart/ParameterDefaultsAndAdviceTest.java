package dev.serverlesslint.rules.coldstart;

import dev.serverlesslint.core.finding.Finding;
import dev.serverlesslint.fixtures.FixtureHarness;
import dev.serverlesslint.fixtures.FixtureProjects;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Settings taken from a template parameter's default say so, and SL210 suggests SnapStart only where
 * it exists (java11 and later; serverless.yml from Serverless Framework v3).
 */
class ParameterDefaultsAndAdviceTest {

    private static final String WAIT = " without SnapStart or provisioned concurrency: each cold start (often seconds "
            + "for a JVM) makes a client wait. ";

    @Test
    void snapStartIsNotSuggestedWhereItIsNotAvailable() {
        Map<String, String> messages = byFunction("sl210-java-cold-start", "SL210");
        assertEquals("Java function 'QuoteFunction' serves API Gateway REST API event 'Quote'" + WAIT
                + "SnapStart is not available on java8 (it needs java11 or later): move the function to java21 and "
                + "enable SnapStart, or configure provisioned concurrency.", messages.get("QuoteFunction"));
        assertEquals("Java function 'RatesFunction' serves API Gateway HTTP API event 'Rates'" + WAIT
                + "SnapStart is not available on java8.al2 (the default of template parameter 'JavaRuntime') (it "
                + "needs java11 or later): move the function to java21 and enable SnapStart, or configure "
                + "provisioned concurrency.", messages.get("RatesFunction"));
        assertEquals("Java function 'search' serves API Gateway REST API event 'http'" + WAIT
                + "Serverless Framework 2 (frameworkVersion) has no 'snapStart' setting (it came with v3): upgrade the "
                + "framework and set 'snapStart: true' (and invoke a published version or alias), or configure "
                + "'provisionedConcurrency'.", messages.get("search"));
    }

    @Test
    void valuesFromParameterDefaultsNameTheParameter() {
        Map<String, String> runtimes = byFunction("sl206-deprecated-runtime", "SL206");
        assertEquals("Function 'LegacyFunction': runtime java8 (the default of template parameter 'LegacyRuntime') "
                + "is deprecated since 2024-01-08 (no more security patches; AWS then blocks creating and updating "
                + "functions on it). Move to java21 or java25.", runtimes.get("LegacyFunction"));
        Map<String, String> memory = byFunction("sl209-low-memory-java", "SL209");
        assertEquals("Function 'ThumbnailFunction': java21 with 256 MB of memory (the default of template parameter "
                + "'SmallMemory') gets a small share of a CPU (CPU scales with memory), so JVM cold starts and GC are "
                + "slow. Use at least 512 MB.", memory.get("ThumbnailFunction"));
    }

    private static Map<String, String> byFunction(String fixture, String rule) {
        return FixtureHarness.lint(FixtureProjects.project(fixture)).findings().stream()
                .filter(f -> f.ruleId().equals(rule) && f.function() != null)
                .collect(Collectors.toMap(Finding::function, Finding::message, (a, b) -> a));
    }
}
