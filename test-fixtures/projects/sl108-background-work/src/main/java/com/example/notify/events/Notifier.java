package com.example.notify.events;

import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

/** Sends notifications on a background executor and returns immediately. */
public class Notifier {

    private final Executor executor = Executors.newSingleThreadExecutor();

    public void notifyAsync(String orderId) {
        executor.execute(() -> System.out.println("notify " + orderId)); // expect: SL108
    }
}
