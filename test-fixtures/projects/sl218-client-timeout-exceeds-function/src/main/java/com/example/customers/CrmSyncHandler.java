package com.example.customers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.time.Duration;
import java.util.Map;

/** Its timeout is a ${} variable: unknown here, so nothing is compared. No findings. */
public class CrmSyncHandler implements RequestHandler<Map<String, String>, Void> {

    private static final SqsClient SQS = SqsClient.builder()
            .overrideConfiguration(c -> c.apiCallTimeout(Duration.ofMinutes(5)))
            .build();

    @Override
    public Void handleRequest(Map<String, String> input, Context context) {
        SQS.sendMessage(r -> r.queueUrl(System.getenv("CRM_QUEUE")).messageBody(input.toString()));
        return null;
    }
}
