package com.example.async;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;

/** Uses the asynchronous client: the Netty HTTP client it needs is not a finding. */
public class CountHandler implements RequestHandler<String, Integer> {

    private static final DynamoDbAsyncClient DYNAMO = DynamoDbAsyncClient.create();

    @Override
    public Integer handleRequest(String table, Context context) {
        return DYNAMO.scan(r -> r.tableName(table)).join().count();
    }
}
