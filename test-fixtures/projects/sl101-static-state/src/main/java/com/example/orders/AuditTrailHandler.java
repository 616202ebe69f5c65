package com.example.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.example.orders.audit.AuditLog;

/** Records every message in a static list kept by a helper in another package. */
public class AuditTrailHandler implements RequestHandler<SQSEvent, Void> {

    @Override
    public Void handleRequest(SQSEvent event, Context context) {
        for (SQSEvent.SQSMessage message : event.getRecords()) {
            AuditLog.record(message.getMessageId());
        }
        context.getLogger().log("audited " + AuditLog.size() + " messages so far");
        return null;
    }
}
