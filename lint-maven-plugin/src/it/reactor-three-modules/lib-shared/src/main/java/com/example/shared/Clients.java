package com.example.shared;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Duration;

/** Client factory shared by the function modules. */
public final class Clients {

    private Clients() {
    }

    public static DynamoDbClient dynamo() {
        return DynamoDbClient.builder()
                .overrideConfiguration(c -> c.apiCallTimeout(Duration.ofSeconds(5))
                        .apiCallAttemptTimeout(Duration.ofSeconds(2)))
                .build();
    }
}
