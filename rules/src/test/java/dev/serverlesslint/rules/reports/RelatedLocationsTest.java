package dev.serverlesslint.rules.reports;

import dev.serverlesslint.core.finding.Finding;
import dev.serverlesslint.core.finding.RelatedLocation;
import dev.serverlesslint.fixtures.FixtureHarness;
import dev.serverlesslint.fixtures.FixtureProjects;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Cross-file findings carry the places a reviewer follows: each hop of the request path from the handler to the
 * code, the configured timeout a client timeout is measured against (SL218), the class a handler method is
 * missing from (SL217).
 */
class RelatedLocationsTest {

    private static Finding finding(String project, String ruleId, String path, int line) {
        return FixtureHarness.lint(FixtureProjects.project(project)).findings().stream()
                .filter(f -> f.ruleId().equals(ruleId) && f.path().equals(path) && f.line() == line)
                .findFirst().orElseThrow(() -> new AssertionError("no " + ruleId + " at " + path + ":" + line));
    }

    @Test
    void requestPathFindingsListEveryHopFromTheHandler() {
        Finding client = finding("sl103-handler-clients", "SL103",
                "src/main/java/com/example/orders/data/OrderRepository.java", 17);
        assertEquals(List.of(
                new RelatedLocation("src/main/java/com/example/orders/SaveOrderHandler.java", 19, 17,
                        "SaveOrderHandler.handleRequest"),
                new RelatedLocation("src/main/java/com/example/orders/data/OrderRepository.java", 12, 17,
                        "OrderRepository.save"),
                new RelatedLocation("src/main/java/com/example/orders/data/OrderRepository.java", 16, 28,
                        "OrderRepository.client")), client.related());
        assertEquals(true, client.message().startsWith(
                "SaveOrderHandler.handleRequest -> OrderRepository.save -> OrderRepository.client -> "), client.message());
    }

    @Test
    void clientTimeoutLinksTheFunctionTimeoutItExceeds() {
        Finding timeout = finding("sl218-client-timeout-exceeds-function", "SL218",
                "src/main/java/com/example/customers/GetCustomerHandler.java", 19);
        assertEquals(List.of(new RelatedLocation("serverless.yml", 13, 14, "timeout of function 'getCustomer': 6 s")),
                timeout.related());
    }

    @Test
    void missingHandlerMethodLinksTheClass() {
        Finding missing = finding("sl217-handler-not-found", "SL217", "serverless.yml", 27);
        assertEquals(List.of(new RelatedLocation("src/main/java/com/example/orders/CreateOrderHandler.java", 8, 14,
                "class CreateOrderHandler")), missing.related());
        assertEquals(List.of(), finding("sl217-handler-not-found", "SL217", "serverless.yml", 24).related(),
                "a class that does not exist has no place to link");
    }
}
