package com.example.payments;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;

import java.util.ArrayList;
import java.util.List;

/** Per-request values kept in fields of the handler object. */
public class OrderApiHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private int requestCount;
    private final List<String> seenOrderIds = new ArrayList<>();
    private APIGatewayProxyRequestEvent lastEvent;

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        requestCount++; // expect: SL102
        String orderId = event.getPathParameters().get("orderId");
        seenOrderIds.add(orderId); // expect: SL102
        remember(event);
        return new APIGatewayProxyResponseEvent().withStatusCode(200)
                .withBody("{\"seen\":" + seenOrderIds.size() + ",\"n\":" + requestCount + "}");
    }

    private void remember(APIGatewayProxyRequestEvent event) {
        this.lastEvent = event; // expect: SL102
    }
}
