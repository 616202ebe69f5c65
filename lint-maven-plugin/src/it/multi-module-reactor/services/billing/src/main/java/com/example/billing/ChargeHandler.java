package com.example.billing;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.SendMessageRequest;

import java.time.Duration;
import java.util.Map;

public class ChargeHandler implements RequestHandler<Map<String, String>, String> {

    @Override
    public String handleRequest(Map<String, String> input, Context context) {
        SqsClient sqs = SqsClient.builder()
                .overrideConfiguration(c -> c.apiCallTimeout(Duration.ofSeconds(5)))
                .build();
        sqs.sendMessage(SendMessageRequest.builder().queueUrl(System.getenv("QUEUE_URL"))
                .messageBody(input.get("orderId")).build());
        return "charged";
    }
}
