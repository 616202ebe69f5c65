package com.example.orders.base;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;

/** Powertools-style batch base class: subclasses handle one record at a time. */
public abstract class BaseSqsHandler<T> implements RequestHandler<SQSEvent, Void> {

    @Override
    public final Void handleRequest(SQSEvent event, Context context) {
        event.getRecords().forEach(record -> processRecord(record.getBody(), context));
        return null;
    }

    protected abstract void processRecord(String body, Context context);
}
