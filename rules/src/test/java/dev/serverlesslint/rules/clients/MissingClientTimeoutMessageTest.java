package dev.serverlesslint.rules.clients;

import dev.serverlesslint.fixtures.FixtureHarness;
import dev.serverlesslint.fixtures.FixtureProjects;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** SL107 says which client lacks timeouts, also when an SDK factory builds it. */
class MissingClientTimeoutMessageTest {

    private static final String CONSEQUENCE = " is built without explicit timeouts: a slow or unreachable endpoint then "
            + "holds the invocation until the function timeout kills it, with no chance to retry or answer with an "
            + "error. ";

    @Test
    void clientsBuiltInsideFactoriesAndQualifiedClientsAreNamed() {
        List<String> messages = FixtureHarness.lint(FixtureProjects.project("sl107-client-timeouts")).findings().stream()
                .filter(f -> f.ruleId().equals("SL107") && f.path().endsWith("TableClientFactory.java"))
                .map(f -> f.message()).toList();
        assertEquals(List.of(
                "AWS SDK v2 enhanced client (it builds a default DynamoDbClient inside) DynamoDbEnhancedClient.create()"
                        + CONSEQUENCE + "Build it with DynamoDbEnhancedClient.builder().dynamoDbClient(..) from a "
                        + "DynamoDbClient that sets overrideConfiguration(c -> c.apiCallTimeout(..).apiCallAttemptTimeout(..)), "
                        + "shorter than the function timeout.",
                "AWS SDK v2 client S3Client.create()" + CONSEQUENCE + "Set overrideConfiguration(c -> "
                        + "c.apiCallTimeout(..).apiCallAttemptTimeout(..)), shorter than the function timeout."), messages);
    }
}
