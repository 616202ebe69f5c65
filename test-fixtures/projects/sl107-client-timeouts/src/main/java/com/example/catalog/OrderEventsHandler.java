package com.example.catalog;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sns.SnsClient;

import java.time.Duration;

/** Correct configurations that look like the bad ones. No findings. */
public class OrderEventsHandler implements RequestHandler<SQSEvent, Void> {

    private static final ClientOverrideConfiguration TIMEOUTS = ClientOverrideConfiguration.builder()
            .apiCallTimeout(Duration.ofSeconds(4))
            .apiCallAttemptTimeout(Duration.ofSeconds(1))
            .build();

    // timeouts from a constant of this class
    private static final DynamoDbClient DYNAMO = DynamoDbClient.builder()
            .overrideConfiguration(TIMEOUTS)
            .httpClient(UrlConnectionHttpClient.create())
            .build();

    // the enhanced client wraps DYNAMO and has no connection of its own
    private static final DynamoDbEnhancedClient ENHANCED = DynamoDbEnhancedClient.builder()
            .dynamoDbClient(DYNAMO)
            .build();

    // timeouts on the HTTP client instead of the SDK
    private static final SnsClient SNS = SnsClient.builder()
            .httpClientBuilder(ApacheHttpClient.builder()
                    .connectionTimeout(Duration.ofMillis(500))
                    .socketTimeout(Duration.ofSeconds(2)))
            .build();

    private final EventBridgeClient events;

    public OrderEventsHandler() {
        this(EventBridgeClient.builder()
                .overrideConfiguration(o -> o.apiCallTimeout(Duration.ofSeconds(3)))
                .build());
    }

    // configuration handed in by the caller (tests, a DI container): not visible here, not reported
    public OrderEventsHandler(EventBridgeClient events) {
        this.events = events;
    }

    @Override
    public Void handleRequest(SQSEvent event, Context context) {
        event.getRecords().forEach(m -> {
            SNS.publish(r -> r.topicArn(System.getenv("TOPIC_ARN")).message(m.getBody()));
            events.putEvents(r -> r.entries(e -> e.detail(m.getBody())));
        });
        return null;
    }
}
