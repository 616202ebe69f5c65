package com.example.notify;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Fire-and-forget work started while answering an API request. */
public class OrderPlacedHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private static final ExecutorService EXECUTOR = Executors.newFixedThreadPool(4);

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        CompletableFuture.runAsync(() -> audit(event.getBody())); // expect: SL108
        new Thread(() -> publishMetrics(context.getAwsRequestId())).start(); // expect: SL108
        EXECUTOR.submit(() -> warmCache(event.getPath())); // expect: SL108
        CompletableFuture<Void> email = CompletableFuture.supplyAsync(() -> render(event.getBody())) // expect: SL108
                .thenAccept(this::send);
        event.getMultiValueHeaders().keySet().forEach(header -> EXECUTOR.submit(() -> audit(header))); // expect: SL108
        context.getLogger().log("queued " + email);
        return new APIGatewayProxyResponseEvent().withStatusCode(202);
    }

    private void audit(String body) {
    }

    private void publishMetrics(String requestId) {
    }

    private void warmCache(String path) {
    }

    private String render(String body) {
        return body;
    }

    private void send(String html) {
    }
}
