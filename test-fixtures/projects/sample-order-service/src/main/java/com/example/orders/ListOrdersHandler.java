package com.example.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

import java.time.Duration;

/** The recommended pattern: the client is created once, when the environment initialises, with timeouts. */
public class ListOrdersHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    private static final DynamoDbClient DYNAMO = DynamoDbClient.builder()
            .overrideConfiguration(c -> c.apiCallTimeout(Duration.ofSeconds(2)).apiCallAttemptTimeout(Duration.ofMillis(700)))
            .build();

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        int count = DYNAMO.scan(ScanRequest.builder().tableName(System.getenv("TABLE_NAME")).build()).count();
        return APIGatewayV2HTTPResponse.builder().withStatusCode(200).withBody("{\"count\":" + count + "}").build();
    }
}
