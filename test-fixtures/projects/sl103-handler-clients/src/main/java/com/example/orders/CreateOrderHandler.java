package com.example.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/** Builds its client and mapper on every request: both are findings. */
public class CreateOrderHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        DynamoDbClient dynamo = DynamoDbClient.builder() // expect: SL103, SL107
                .region(Region.EU_WEST_1)
                .build();
        ObjectMapper mapper = new ObjectMapper(); // expect: SL103
        Order order = readOrder(mapper, event.getBody());
        dynamo.putItem(PutItemRequest.builder().tableName("orders").item(order.toItem()).build());
        return new APIGatewayProxyResponseEvent().withStatusCode(201);
    }

    private Order readOrder(ObjectMapper mapper, String body) {
        try {
            return mapper.readValue(body, Order.class);
        } catch (Exception e) {
            throw new IllegalArgumentException("bad order", e);
        }
    }
}
