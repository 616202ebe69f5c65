package com.example.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.time.Duration;

/** Clients built in the constructor (init phase) or passed in by dependency injection: no findings. */
public class ConstructorClientHandler implements RequestHandler<SQSEvent, Void> {

    private final SqsClient sqs;

    public ConstructorClientHandler() {
        this(SqsClient.builder()
                .httpClient(UrlConnectionHttpClient.builder().socketTimeout(Duration.ofSeconds(2)).build())
                .build());
    }

    ConstructorClientHandler(SqsClient sqs) {
        this.sqs = sqs;
    }

    @Override
    public Void handleRequest(SQSEvent event, Context context) {
        event.getRecords().forEach(r -> sqs.deleteMessage(b -> b.queueUrl("q").receiptHandle(r.getReceiptHandle())));
        return null;
    }
}
