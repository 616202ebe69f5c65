package com.example.orders.data;

import com.example.orders.Order;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/** Creates a DynamoDB client on every save. */
public class OrderRepository {

    private final String table = System.getenv("TABLE_NAME");

    public void save(Order order) {
        client().putItem(PutItemRequest.builder().tableName(table).item(order.toItem()).build());
    }

    private DynamoDbClient client() {
        return DynamoDbClient.create(); // expect: SL103
    }
}
