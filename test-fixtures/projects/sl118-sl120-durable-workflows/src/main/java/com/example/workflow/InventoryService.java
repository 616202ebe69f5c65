package com.example.workflow;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

import java.util.Map;

/** Runs only inside steps: its DynamoDB calls are checkpointed. */
class InventoryService {

    private static final DynamoDbClient DYNAMO = DynamoDbClient.create();

    String reserve(OrderRequest order) {
        DYNAMO.putItem(PutItemRequest.builder().tableName("reservations")
                .item(Map.of("orderId", AttributeValue.fromS(order.id()))).build());
        return "reserved-" + order.id();
    }

    String pack(String item) {
        return "packed-" + item;
    }
}
