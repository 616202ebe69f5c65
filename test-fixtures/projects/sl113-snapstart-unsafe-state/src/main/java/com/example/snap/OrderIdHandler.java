package com.example.snap;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;

import java.security.SecureRandom;
import java.util.UUID;
import java.util.function.Supplier;

/** Generates order numbers from state created during init: identical in every restored environment. */
public class OrderIdHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private static final SecureRandom RANDOM = new SecureRandom(); // expect: SL113

    private final String instanceId = UUID.randomUUID().toString(); // expect: SL113

    // evaluated on each call, not during init: fine
    private final Supplier<String> requestIds = () -> UUID.randomUUID().toString();

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        String correlationId = UUID.randomUUID().toString(); // per request: fine
        long orderNumber = Math.abs(RANDOM.nextLong());
        return new APIGatewayProxyResponseEvent().withStatusCode(201)
                .withBody(instanceId + "-" + orderNumber + "-" + correlationId + "-" + requestIds.get());
    }
}
