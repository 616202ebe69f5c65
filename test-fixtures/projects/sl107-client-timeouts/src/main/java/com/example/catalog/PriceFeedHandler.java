package com.example.catalog;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** java.net.http client with no connect timeout and requests with no timeout. */
public class PriceFeedHandler implements RequestHandler<SQSEvent, Void> {

    private static final HttpClient HTTP = HttpClient.newBuilder() // expect: SL107
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    @Override
    public Void handleRequest(SQSEvent event, Context context) {
        for (SQSEvent.SQSMessage message : event.getRecords()) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(System.getenv("PRICE_FEED_URL"))) // expect: SL107
                    .POST(HttpRequest.BodyPublishers.ofString(message.getBody()))
                    .build();
            try {
                HTTP.send(request, HttpResponse.BodyHandlers.discarding());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return null;
    }
}
