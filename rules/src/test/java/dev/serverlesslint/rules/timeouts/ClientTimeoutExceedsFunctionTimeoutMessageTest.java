package dev.serverlesslint.rules.timeouts;

import dev.serverlesslint.core.finding.Finding;
import dev.serverlesslint.fixtures.FixtureHarness;
import dev.serverlesslint.fixtures.FixtureProjects;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SL218 names the function and both timeouts, and attributes the finding to the function. */
class ClientTimeoutExceedsFunctionTimeoutMessageTest {

    @Test
    void findingsNameTheFunctionAndBothValues() {
        Map<String, Finding> byFile = FixtureHarness.lint(FixtureProjects.project("sl218-client-timeout-exceeds-function"))
                .findings().stream()
                .filter(f -> f.ruleId().equals("SL218"))
                .collect(Collectors.toMap(f -> f.path().substring(f.path().lastIndexOf('/') + 1), f -> f));
        Finding customer = byFile.get("GetCustomerHandler.java");
        assertEquals("getCustomer", customer.function());
        assertTrue(customer.message().startsWith("Client timeout apiCallTimeout(..) = 10 s is not shorter than the 6 s "
                + "timeout of function 'getCustomer'"), customer.message());
        assertEquals("importCustomers", byFile.get("CustomerClients.java").function());
        assertTrue(byFile.get("CustomerClients.java").message().contains("withClientExecutionTimeout(..) = 10 s"));
        assertEquals("QuoteFunction", byFile.get("QuoteHandler.java").function());
    }
}
