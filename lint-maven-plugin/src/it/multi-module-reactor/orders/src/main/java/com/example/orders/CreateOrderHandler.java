package com.example.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Duration;

public class CreateOrderHandler implements RequestHandler<SQSEvent, Void> {

    private static final DynamoDbClient DYNAMO = DynamoDbClient.builder()
            .overrideConfiguration(c -> c.apiCallTimeout(Duration.ofSeconds(5)))
            .build();

    @Override
    public Void handleRequest(SQSEvent event, Context context) {
        event.getRecords().forEach(message -> context.getLogger().log("order " + message.getMessageId()));
        return null;
    }
}
