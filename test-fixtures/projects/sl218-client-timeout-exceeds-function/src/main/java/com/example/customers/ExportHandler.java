package com.example.customers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import software.amazon.awssdk.services.s3.S3Client;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A 60 s export: a 30 s S3 call and a 5 s connect fit, a 2 minute request does not. */
public class ExportHandler implements RequestHandler<ScheduledEvent, String> {

    private static final S3Client S3 = S3Client.builder()
            .overrideConfiguration(c -> c.apiCallTimeout(Duration.ofSeconds(30)))
            .build();

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @Override
    public String handleRequest(ScheduledEvent event, Context context) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(System.getenv("WAREHOUSE_URL")))
                .timeout(Duration.ofMinutes(2)) // expect: SL218
                .GET()
                .build();
        try {
            String body = HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
            S3.putObject(r -> r.bucket("exports").key("customers.csv"),
                    software.amazon.awssdk.core.sync.RequestBody.fromString(body));
            return "ok";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
