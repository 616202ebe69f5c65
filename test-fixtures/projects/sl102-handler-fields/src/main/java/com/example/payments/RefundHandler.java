package com.example.payments;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Fields set in the constructor, injected through it, lazily created once, or reset at the top of
 * every invocation; per-request state in locals and a per-request object. No findings.
 */
public class RefundHandler implements RequestHandler<SQSEvent, Integer> {

    private final DynamoDbClient dynamo;
    private final String table;
    private ObjectMapper mapper;
    private LambdaLogger logger;
    private java.util.List<String> failures;

    public RefundHandler() {
        this(DynamoDbClient.create(), System.getenv("TABLE_NAME"));
    }

    RefundHandler(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public Integer handleRequest(SQSEvent event, Context context) {
        logger = context.getLogger();
        failures = new java.util.ArrayList<>();
        if (this.mapper == null) {
            this.mapper = new ObjectMapper();
        }
        RefundBatch batch = new RefundBatch();
        int refunded = 0;
        for (SQSEvent.SQSMessage message : event.getRecords()) {
            batch.add(message.getBody());
            if (message.getBody().isBlank()) {
                failures.add(message.getMessageId());
            }
            refunded++;
        }
        logger.log("refunds in " + table + ": " + refunded + " " + batch.size());
        return refunded;
    }

    /** Created per request: writing its fields is fine. */
    static final class RefundBatch {
        private final java.util.List<String> bodies = new java.util.ArrayList<>();
        private int count;

        void add(String body) {
            bodies.add(body);
            count++;
        }

        int size() {
            return count;
        }
    }
}
