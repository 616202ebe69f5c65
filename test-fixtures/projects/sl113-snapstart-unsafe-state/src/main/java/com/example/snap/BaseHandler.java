package com.example.snap;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

import java.util.Random;

/** A Powertools-style base class shared by handlers; its static state is part of their init. */
public abstract class BaseHandler<I, O> implements RequestHandler<I, O> {

    protected static final Random JITTER = new Random(); // expect: SL113

    @Override
    public final O handleRequest(I input, Context context) {
        try {
            Thread.sleep(JITTER.nextInt(50));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return handle(input, context);
    }

    protected abstract O handle(I input, Context context);
}
