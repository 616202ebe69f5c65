package com.example.checkout;

import com.amazonaws.ClientConfiguration;
import com.amazonaws.services.lambda.AWSLambda;
import com.amazonaws.services.lambda.AWSLambdaClientBuilder;
import com.amazonaws.services.lambda.model.InvokeRequest;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;

/** SDK v1 SQS consumer that fans each message out to a worker function, waiting for each. */
public class LegacyOrderQueueHandler implements RequestHandler<SQSEvent, Void> {

    private final AWSLambda lambda = AWSLambdaClientBuilder.standard()
            .withClientConfiguration(new ClientConfiguration().withRequestTimeout(3_000).withClientExecutionTimeout(8_000))
            .build();

    @Override
    public Void handleRequest(SQSEvent event, Context context) {
        for (SQSEvent.SQSMessage message : event.getRecords()) {
            lambda.invoke(new InvokeRequest() // expect: SL106
                    .withFunctionName(System.getenv("WORKER_FUNCTION"))
                    .withPayload(message.getBody()));
        }
        return null;
    }
}
