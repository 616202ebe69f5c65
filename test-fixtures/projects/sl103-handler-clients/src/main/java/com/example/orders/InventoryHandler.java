package com.example.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.example.orders.data.InventoryClients;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.util.Map;

/** Clients from a factory class, obtained during init only. No findings. */
public class InventoryHandler implements RequestHandler<Map<String, String>, String> {

    private static final DynamoDbClient DYNAMO = InventoryClients.dynamo();
    private final SqsClient sqs;

    public InventoryHandler() {
        this.sqs = InventoryClients.sqs();
    }

    @Override
    public String handleRequest(Map<String, String> input, Context context) {
        sqs.sendMessage(b -> b.queueUrl(input.get("queue")).messageBody("restock"));
        return DYNAMO.describeEndpoints().toString();
    }
}
