package dev.serverlesslint.rules.managedinstances;

import dev.serverlesslint.core.finding.Finding;
import dev.serverlesslint.fixtures.FixtureHarness;
import dev.serverlesslint.fixtures.FixtureProjects;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** SL219 names the function, what Managed Instances does not support, and what to use instead. */
class ManagedInstancesIncompatibleMessageTest {

    @Test
    void messagesNameTheFunctionAndTheSupportedAlternative() {
        List<Finding> findings = FixtureHarness.lint(FixtureProjects.project("sl219-managed-instances-incompatible"))
                .findings().stream().filter(f -> f.ruleId().equals("SL219")).toList();
        Finding runtime = findings.stream().filter(f -> "QuoteFunction".equals(f.function())).findFirst().orElseThrow();
        assertEquals("Function 'QuoteFunction' runs on Lambda Managed Instances with runtime java17, but Managed "
                + "Instances supports java21 and later. Move the function to java21 or later (and make its code "
                + "thread-safe: one environment runs many requests at once).", runtime.message());
        Finding ratio = findings.stream().filter(f -> f.message().contains("GiB")).filter(f -> "nightlyEtl".equals(f.function()))
                .findFirst().orElseThrow();
        assertEquals("Function 'nightlyEtl' asks for 6 GiB of memory per vCPU on Lambda Managed Instances; the "
                + "supported ratios are 2, 4 and 8 GiB per vCPU. Set 'memoryPerVCpu' to 2, 4 or 8.", ratio.message());
    }
}
