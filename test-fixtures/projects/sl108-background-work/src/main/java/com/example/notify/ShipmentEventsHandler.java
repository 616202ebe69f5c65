package com.example.notify;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.example.notify.events.Notifier;

/** Reaches the fire-and-forget executor through a collaborator in another package. */
public class ShipmentEventsHandler implements RequestHandler<SQSEvent, Void> {

    private final Notifier notifier = new Notifier();

    @Override
    public Void handleRequest(SQSEvent event, Context context) {
        event.getRecords().forEach(message -> notifier.notifyAsync(message.getBody()));
        return null;
    }
}
