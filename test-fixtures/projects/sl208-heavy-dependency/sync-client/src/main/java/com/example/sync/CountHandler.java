package com.example.sync;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

public class CountHandler implements RequestHandler<String, Integer> {

    private static final DynamoDbClient DYNAMO = DynamoDbClient.create();

    @Override
    public Integer handleRequest(String table, Context context) {
        return DYNAMO.scan(r -> r.tableName(table)).count();
    }
}
