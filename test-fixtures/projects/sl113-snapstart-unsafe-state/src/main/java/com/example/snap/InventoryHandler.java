package com.example.snap;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;

import java.security.SecureRandom;

/** CloudFormation JSON function with SnapStart: a strong SecureRandom instance taken during init. */
public class InventoryHandler implements RequestHandler<SQSEvent, Void> {

    private static final SecureRandom NONCES;

    static {
        try {
            NONCES = SecureRandom.getInstanceStrong(); // expect: SL113
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @Override
    public Void handleRequest(SQSEvent event, Context context) {
        event.getRecords().forEach(m -> System.out.println(m.getMessageId() + NONCES.nextInt()));
        return null;
    }
}
