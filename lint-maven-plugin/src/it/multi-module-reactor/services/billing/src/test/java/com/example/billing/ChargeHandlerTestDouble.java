package com.example.billing;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.util.Map;

/** Test sources are not linted by default (includeTests is false): this would be SL103 and SL107 otherwise. */
public class ChargeHandlerTestDouble implements RequestHandler<Map<String, String>, String> {

    @Override
    public String handleRequest(Map<String, String> input, Context context) {
        SqsClient sqs = SqsClient.create();
        return sqs.toString();
    }
}
