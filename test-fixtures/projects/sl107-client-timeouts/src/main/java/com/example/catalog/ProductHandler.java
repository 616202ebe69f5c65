package com.example.catalog;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import software.amazon.awssdk.core.retry.RetryPolicy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/** Clients built once in init (good), but with no timeouts: a stalled call waits for the function timeout. */
public class ProductHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private static final DynamoDbClient DYNAMO = DynamoDbClient.builder() // expect: SL107
            .region(Region.EU_WEST_1)
            .build();

    // overrideConfiguration is set, but only for retries: still no time limit
    private static final S3Client S3 = S3Client.builder() // expect: SL107
            .overrideConfiguration(c -> c.retryPolicy(RetryPolicy.builder().numRetries(2).build()))
            .build();

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        String id = event.getPathParameters().get("id");
        DYNAMO.getItem(r -> r.tableName("products").key(java.util.Map.of()));
        S3.headObject(r -> r.bucket("product-images").key(id));
        return new APIGatewayProxyResponseEvent().withStatusCode(200);
    }
}
