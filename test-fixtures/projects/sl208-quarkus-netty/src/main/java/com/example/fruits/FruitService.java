package com.example.fruits;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@ApplicationScoped
public class FruitService {

    @Inject
    DynamoDbClient dynamo;

    public int count(String table) {
        return dynamo.scan(r -> r.tableName(table)).count();
    }
}
