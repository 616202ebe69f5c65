package com.example.notify;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Parallel work that is always awaited before returning. No findings. */
public class BatchEnrichHandler implements RequestHandler<SQSEvent, Integer> {

    private static final ExecutorService POOL = Executors.newFixedThreadPool(8);

    static {
        new Thread(BatchEnrichHandler::preload).start();
    }

    @Override
    public Integer handleRequest(SQSEvent event, Context context) {
        String first = CompletableFuture.supplyAsync(() -> lookup("first")).join();

        List<CompletableFuture<String>> futures = new ArrayList<>();
        for (SQSEvent.SQSMessage message : event.getRecords()) {
            futures.add(CompletableFuture.supplyAsync(() -> lookup(message.getBody()), POOL));
        }
        CompletableFuture.allOf(futures.toArray(new CompletableFuture[0])).join();

        List<CompletableFuture<Void>> perRecord = event.getRecords().stream()
                .map(message -> CompletableFuture.runAsync(() -> lookup(message.getBody()), POOL))
                .toList();
        perRecord.forEach(CompletableFuture::join);

        try (ExecutorService perRequest = Executors.newVirtualThreadPerTaskExecutor()) {
            event.getRecords().forEach(message -> perRequest.submit(() -> lookup(message.getMessageId())));
        }

        Future<String> checked = POOL.submit(() -> lookup("checked"));
        Thread worker = new Thread(() -> lookup("worker"));
        worker.start();
        try {
            worker.join();
            return first.length() + futures.size() + checked.get().length() + enrichAsync("x").join().length();
        } catch (InterruptedException | ExecutionException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private CompletableFuture<String> enrichAsync(String id) {
        return CompletableFuture.supplyAsync(() -> lookup(id), POOL);
    }

    private static String lookup(String key) {
        return key;
    }

    private static void preload() {
    }
}
