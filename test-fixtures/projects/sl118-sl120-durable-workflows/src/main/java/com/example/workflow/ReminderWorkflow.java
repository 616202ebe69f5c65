package com.example.workflow;

import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

import java.time.Duration;
import java.util.Random;

/** Sends up to three payment reminders a day apart. */
public class ReminderWorkflow extends DurableHandler<String, String> {

    private static int executions;
    private static int maxReminders = 3;

    @Override
    protected String handleRequest(String invoiceId, DurableContext ctx) {
        executions++; // expect: SL118
        int jitterMinutes = new Random().nextInt(30); // expect: SL118
        for (int attempt = 1; attempt <= maxReminders; attempt++) { // expect: SL118
            final int number = attempt;
            ctx.step("remind-" + number, String.class, step -> "reminded " + invoiceId + " #" + number);
            ctx.wait("pause-" + number, Duration.ofDays(1).plusMinutes(jitterMinutes));
        }
        return invoiceId;
    }
}
