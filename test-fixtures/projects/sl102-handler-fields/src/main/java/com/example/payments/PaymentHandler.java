package com.example.payments;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.example.payments.web.AbstractApiHandler;

/** Adds a per-request header to a map the base class keeps for the whole environment. */
public class PaymentHandler extends AbstractApiHandler {

    @Override
    protected String handle(APIGatewayV2HTTPEvent event) {
        responseHeaders.put("X-Payment-Id", event.getRequestContext().getRequestId()); // expect: SL102
        context.getLogger().log("payment " + event.getBody());
        return "{\"status\":\"accepted\"}";
    }
}
