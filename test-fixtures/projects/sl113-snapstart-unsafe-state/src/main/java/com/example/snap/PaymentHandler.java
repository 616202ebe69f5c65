package com.example.snap;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;

import java.time.Instant;

/** Records when "this environment" started: during init, so the snapshot's time for every environment. */
public class PaymentHandler extends BaseHandler<SQSEvent, String> {

    private static final Instant STARTED;

    static {
        STARTED = Instant.now(); // expect: SL113
    }

    @Override
    protected String handle(SQSEvent input, Context context) {
        return "up since " + STARTED;
    }
}
