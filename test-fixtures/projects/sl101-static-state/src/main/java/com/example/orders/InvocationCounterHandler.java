package com.example.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;

import java.util.Map;

/** Counts "its" requests in a static field: the count is per environment, not per service. */
public class InvocationCounterHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private static int invocations;
    private static String lastCustomer;

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        invocations++; // expect: SL101
        String customer = event.getQueryStringParameters().get("customer");
        if (customer != null) {
            lastCustomer = customer; // expect: SL101
        }
        return new APIGatewayProxyResponseEvent()
                .withStatusCode(200)
                .withHeaders(Map.of("X-Invocation", Integer.toString(invocations)))
                .withBody("{\"customer\":\"" + lastCustomer + "\"}");
    }
}
