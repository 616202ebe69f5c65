package com.example.billing;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.util.Map;

/** Test code: a client per call is fine here, and test sources are not linted (includeTests is off). */
public class ChargeHandlerTestDouble implements RequestHandler<Map<String, String>, String> {

    @Override
    public String handleRequest(Map<String, String> input, Context context) {
        return SqsClient.create().toString();
    }
}
