package com.example.greetings;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

import java.time.Duration;
import java.util.Map;

/**
 * Creates its client once, when the execution environment initialises, and reuses it; every call
 * is bounded by timeouts shorter than the function's.
 */
public class GreetHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    private static final DynamoDbClient DYNAMO = DynamoDbClient.builder()
            .overrideConfiguration(c -> c.apiCallTimeout(Duration.ofSeconds(5))
                    .apiCallAttemptTimeout(Duration.ofSeconds(2)))
            .build();

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        String name = event.getQueryStringParameters() == null
                ? "world" : event.getQueryStringParameters().getOrDefault("name", "world");
        DYNAMO.putItem(PutItemRequest.builder()
                .tableName(System.getenv("TABLE_NAME"))
                .item(Map.of("name", AttributeValue.fromS(name)))
                .build());
        return APIGatewayV2HTTPResponse.builder().withStatusCode(200).withBody("hello " + name).build();
    }
}
