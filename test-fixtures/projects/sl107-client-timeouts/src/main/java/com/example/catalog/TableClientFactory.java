package com.example.catalog;

import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Duration;

/** Clients built inside SDK factories, and a client named by its qualified name without an import. */
public final class TableClientFactory {

    private static final DynamoDbClient CONFIGURED = DynamoDbClient.builder()
            .overrideConfiguration(c -> c.apiCallTimeout(Duration.ofSeconds(3)).apiCallAttemptTimeout(Duration.ofSeconds(1)))
            .build();

    private TableClientFactory() {
    }

    /** create() builds a default DynamoDbClient inside, without timeouts. */
    public static DynamoDbEnhancedClient defaults() {
        return DynamoDbEnhancedClient.create(); // expect: SL107
    }

    /** Built on a configured client: the timeouts are that client's. */
    public static DynamoDbEnhancedClient onConfiguredClient() {
        return DynamoDbEnhancedClient.builder().dynamoDbClient(CONFIGURED).build();
    }

    public static Object archive() {
        return software.amazon.awssdk.services.s3.S3Client.create(); // expect: SL107
    }
}
