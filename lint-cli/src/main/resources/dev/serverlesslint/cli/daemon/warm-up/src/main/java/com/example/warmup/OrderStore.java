package com.example.warmup;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

import java.util.Map;

/** Writes orders to DynamoDB with the client it is given. */
final class OrderStore {

    private final DynamoDbClient dynamo;
    private final String table;

    OrderStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    void save(String id, Money total) {
        dynamo.putItem(PutItemRequest.builder()
                .tableName(table)
                .item(Map.of("id", AttributeValue.fromS(id), "total", AttributeValue.fromN(Long.toString(total.cents()))))
                .build());
    }
}
