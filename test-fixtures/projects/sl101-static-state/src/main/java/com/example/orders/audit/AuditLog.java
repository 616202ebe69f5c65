package com.example.orders.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Process-wide audit buffer: grows with every invocation an environment serves. */
public final class AuditLog {

    private static final List<String> ENTRIES = new ArrayList<>();
    private static final AtomicLong RECORDED = new AtomicLong();

    private AuditLog() {
    }

    public static void record(String messageId) {
        ENTRIES.add(messageId); // expect: SL101
        RECORDED.incrementAndGet(); // expect: SL101
    }

    public static int size() {
        return ENTRIES.size();
    }
}
