package com.example.jobs;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.example.jobs.support.Guard;

/** Gives up by killing the JVM instead of failing the invocation. */
public class ImportHandler implements RequestHandler<ScheduledEvent, String> {

    @Override
    public String handleRequest(ScheduledEvent event, Context context) {
        try {
            Guard.requireBudget(context.getRemainingTimeInMillis());
            return importAll(event);
        } catch (RuntimeException e) {
            context.getLogger().log("import failed: " + e);
            System.exit(1); // expect: SL110
            return "unreachable";
        }
    }

    private String importAll(ScheduledEvent event) {
        if (event.getDetail() == null) {
            throw new IllegalArgumentException("no detail"); // the right way to fail an invocation
        }
        return "imported";
    }
}
