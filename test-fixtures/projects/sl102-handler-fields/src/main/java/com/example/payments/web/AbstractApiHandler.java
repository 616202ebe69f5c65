package com.example.payments.web;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import java.util.HashMap;
import java.util.Map;

/** A shared base for HTTP API handlers; its fields belong to the handler object too. */
public abstract class AbstractApiHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    protected final Map<String, String> responseHeaders = new HashMap<>();
    protected Context context;

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        // Reset on every invocation before use: not state that leaks.
        this.context = context;
        String body = handle(event);
        return APIGatewayV2HTTPResponse.builder().withStatusCode(200).withHeaders(responseHeaders).withBody(body).build();
    }

    protected abstract String handle(APIGatewayV2HTTPEvent event);
}
