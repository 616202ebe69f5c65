package com.example.customers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Duration;
import java.util.Map;

/** A 6 s function whose DynamoDB client may take 10 s per call: the function times out first. */
public class GetCustomerHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);

    private static final DynamoDbClient DYNAMO = DynamoDbClient.builder()
            .overrideConfiguration(c -> c
                    .apiCallTimeout(CALL_TIMEOUT) // expect: SL218
                    .apiCallAttemptTimeout(Duration.ofSeconds(2)))
            .build();

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        DYNAMO.getItem(r -> r.tableName("customers").key(Map.of()));
        return new APIGatewayProxyResponseEvent().withStatusCode(200);
    }
}
