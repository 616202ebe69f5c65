package com.example.checkout;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeRequest;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

import java.time.Duration;

/** API Gateway proxy that calls the pricing function synchronously and waits for the price. */
public class CheckoutHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private static final LambdaClient LAMBDA = LambdaClient.builder()
            .overrideConfiguration(c -> c.apiCallTimeout(Duration.ofSeconds(5)))
            .build();

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        InvokeRequest request = InvokeRequest.builder()
                .functionName("pricing-service-prod")
                .payload(SdkBytes.fromUtf8String(event.getBody()))
                .build();
        InvokeResponse response = LAMBDA.invoke(request); // expect: SL106
        return new APIGatewayProxyResponseEvent()
                .withStatusCode(200)
                .withBody(response.payload().asUtf8String());
    }
}
