package com.example.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.PublishRequest;

/** A client created inside a lambda that runs during the request is still per-request. */
public class NotifyHandler implements RequestHandler<SQSEvent, Void> {

    @Override
    public Void handleRequest(SQSEvent event, Context context) {
        event.getRecords().forEach(message -> {
            SnsClient sns = SnsClient.create(); // expect: SL103, SL107
            sns.publish(PublishRequest.builder().topicArn("arn:topic").message(message.getBody()).build());
        });
        return null;
    }
}
