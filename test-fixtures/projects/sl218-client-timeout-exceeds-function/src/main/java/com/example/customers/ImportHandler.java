package com.example.customers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import okhttp3.OkHttpClient;
import okhttp3.Request;

import java.util.concurrent.TimeUnit;

/** Inherits the provider's 10 s timeout; its HTTP call may take 15 s. */
public class ImportHandler implements RequestHandler<S3Event, Integer> {

    private final OkHttpClient http = new OkHttpClient.Builder()
            .connectTimeout(2, TimeUnit.SECONDS)
            .callTimeout(15, TimeUnit.SECONDS) // expect: SL218
            .build();

    private final CustomerClients clients = new CustomerClients();

    @Override
    public Integer handleRequest(S3Event event, Context context) {
        try (var response = http.newCall(new Request.Builder().url(System.getenv("CRM_URL")).build()).execute()) {
            clients.s3().listBuckets();
            return response.code();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
