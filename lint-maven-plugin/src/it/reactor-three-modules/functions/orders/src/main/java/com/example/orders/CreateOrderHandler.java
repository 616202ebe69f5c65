package com.example.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.example.shared.Clients;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

import java.util.Map;

public class CreateOrderHandler implements RequestHandler<Map<String, String>, String> {

    @Override
    public String handleRequest(Map<String, String> order, Context context) {
        Clients.dynamo().putItem(PutItemRequest.builder()
                .tableName(System.getenv("TABLE_NAME"))
                .item(Map.of("id", AttributeValue.fromS(order.get("id"))))
                .build());
        return order.get("id");
    }
}
