package com.example.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Bestellungen lesen: this file is ISO-8859-1, as the POM's project.build.sourceEncoding says. */
public class GetOrderHandler implements RequestHandler<String, String> {
    @Override
    public String handleRequest(String id, Context context) {
        return clientFür(id).toString();
    }

    private DynamoDbClient clientFür(String id) {
        return DynamoDbClient.builder().build();
    }
}
