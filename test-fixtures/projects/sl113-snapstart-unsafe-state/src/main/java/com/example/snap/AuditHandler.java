package com.example.snap;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;

/** Serverless Framework function with snapStart: true. */
public class AuditHandler implements RequestHandler<Map<String, String>, String> {

    private static final String BOOT_ID;
    private final LocalDateTime createdAt;

    static {
        BOOT_ID = UUID.randomUUID().toString(); // expect: SL113
    }

    public AuditHandler() {
        this.createdAt = LocalDateTime.now(); // expect: SL113
        long initStarted = System.nanoTime(); // a local for logging: not kept, fine
        System.out.println("init took " + (System.nanoTime() - initStarted) + " ns");
    }

    @Override
    public String handleRequest(Map<String, String> input, Context context) {
        return BOOT_ID + " " + createdAt;
    }
}
