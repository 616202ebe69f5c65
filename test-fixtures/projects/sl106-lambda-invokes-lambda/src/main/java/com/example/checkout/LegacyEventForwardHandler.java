package com.example.checkout;

import com.amazonaws.ClientConfiguration;
import com.amazonaws.services.lambda.AWSLambda;
import com.amazonaws.services.lambda.AWSLambdaClientBuilder;
import com.amazonaws.services.lambda.model.InvokeRequest;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

import java.util.Map;

/** SDK v1 asynchronous invocation via the "Event" string: a note. */
public class LegacyEventForwardHandler implements RequestHandler<Map<String, Object>, String> {

    private static final AWSLambda LAMBDA = AWSLambdaClientBuilder.standard()
            .withClientConfiguration(new ClientConfiguration().withClientExecutionTimeout(5_000))
            .build();

    @Override
    public String handleRequest(Map<String, Object> input, Context context) {
        InvokeRequest request = new InvokeRequest().withFunctionName("email-sender");
        request.setInvocationType("Event");
        request.setPayload(String.valueOf(input));
        LAMBDA.invoke(request); // expect: SL106
        return "queued";
    }
}
