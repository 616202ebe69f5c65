package com.example.orders;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.Map;

public record Order(String id, String customer, long cents) {

    Map<String, AttributeValue> toItem() {
        return Map.of(
                "id", AttributeValue.fromS(id),
                "customer", AttributeValue.fromS(customer),
                "cents", AttributeValue.fromN(Long.toString(cents)));
    }
}
