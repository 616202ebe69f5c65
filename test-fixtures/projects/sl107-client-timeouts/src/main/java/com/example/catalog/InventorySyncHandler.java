package com.example.catalog;

import com.amazonaws.regions.Regions;
import com.amazonaws.services.dynamodbv2.AmazonDynamoDB;
import com.amazonaws.services.dynamodbv2.AmazonDynamoDBClientBuilder;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import okhttp3.OkHttpClient;
import okhttp3.Request;

import java.util.concurrent.TimeUnit;

/** Scheduled sync from a supplier API (SDK v1 + OkHttp), built in the constructor without call timeouts. */
public class InventorySyncHandler implements RequestHandler<ScheduledEvent, Integer> {

    private final AmazonDynamoDB dynamo;
    private final OkHttpClient http;

    public InventorySyncHandler() {
        this.dynamo = AmazonDynamoDBClientBuilder.standard() // expect: SL107
                .withRegion(Regions.EU_WEST_1)
                .build();
        // connect and read timeouts bound single steps, not the whole call
        this.http = new OkHttpClient.Builder() // expect: SL107
                .connectTimeout(2, TimeUnit.SECONDS)
                .readTimeout(5, TimeUnit.SECONDS)
                .build();
    }

    @Override
    public Integer handleRequest(ScheduledEvent event, Context context) {
        try (var response = http.newCall(new Request.Builder().url(System.getenv("SUPPLIER_URL")).build()).execute()) {
            dynamo.describeTable("inventory");
            return response.code();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
