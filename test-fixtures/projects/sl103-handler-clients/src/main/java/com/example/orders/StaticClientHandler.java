package com.example.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;

import java.util.Map;

/** The recommended pattern: clients in static final fields are built once, at init. No findings. */
public class StaticClientHandler implements RequestHandler<Map<String, String>, String> {

    private static final DynamoDbClient DYNAMO = DynamoDbClient.builder().build(); 
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public String handleRequest(Map<String, String> input, Context context) {
        var item = DYNAMO.getItem(GetItemRequest.builder().tableName("orders").build()).item();
        try {
            return MAPPER.writeValueAsString(item);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
