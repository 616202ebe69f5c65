package com.example.reports;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.firehose.FirehoseClient;

import java.time.Duration;

/** SDK v2 credentials from constants, a session key, and a key in a system property. */
public class AnalyticsHandler implements RequestHandler<SQSEvent, Void> {

    private static final String ACCESS_KEY = "AKIAQ3RTYB6WZXC2VNML"; // expect: SL109
    private static final String SECRET_KEY = "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";

    private static final FirehoseClient FIREHOSE = FirehoseClient.builder()
            .credentialsProvider(StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY))) // expect: SL109
            .overrideConfiguration(c -> c.apiCallTimeout(Duration.ofSeconds(3)))
            .build();

    private static final StaticCredentialsProvider BACKFILL = StaticCredentialsProvider.create(
            AwsSessionCredentials.create("ASIAJ5KD7QW2RTZX4BNM", "Pq2Wm8Xr5Tn1Yb7Kc4Vz9Ld3Hf6Gs0Ja2Ue8Oi5Ry", // expect: SL109
                    "IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQ"));

    static {
        System.setProperty("aws.accessKeyId", "AKIAZ7XW3V2QPLMN5KRT"); // expect: SL109
    }

    @Override
    public Void handleRequest(SQSEvent event, Context context) {
        event.getRecords().forEach(m -> FIREHOSE.putRecord(r -> r.deliveryStreamName("clicks")));
        return null;
    }
}
