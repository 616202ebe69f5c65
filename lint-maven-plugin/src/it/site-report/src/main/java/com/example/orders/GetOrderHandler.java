package com.example.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;

import java.time.Duration;
import java.util.Map;

public class GetOrderHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        DynamoDbClient dynamo = DynamoDbClient.builder()
                .overrideConfiguration(c -> c.apiCallTimeout(Duration.ofSeconds(5)))
                .build();
        Map<String, AttributeValue> item = dynamo.getItem(GetItemRequest.builder()
                .tableName(System.getenv("TABLE_NAME"))
                .key(Map.of("id", AttributeValue.fromS(event.getPathParameters().get("id"))))
                .build()).item();
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(item.isEmpty() ? 404 : 200)
                .withBody(item.toString())
                .build();
    }
}
