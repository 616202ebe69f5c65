package com.example.orders.data;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/** Factories called only from constructors and static initialisers (init). No findings. */
public final class InventoryClients {

    private InventoryClients() {
    }

    public static DynamoDbClient dynamo() {
        return DynamoDbClient.builder().build();
    }

    public static SqsClient sqs() {
        return SqsClient.create();
    }
}
