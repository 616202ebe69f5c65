package com.example.images.batch;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import software.amazon.lambda.powertools.batch.BatchMessageHandlerBuilder;
import software.amazon.lambda.powertools.batch.handler.BatchMessageHandler;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Powertools batch style: the constructor registers processMessage as the per-message callback,
 * so it runs on every invocation. Each message leaves a JSON file in /tmp.
 */
public class ProductBatchHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final BatchMessageHandler<SQSEvent, SQSBatchResponse> handler;

    public ProductBatchHandler() {
        handler = new BatchMessageHandlerBuilder()
                .withSqsBatchHandler()
                .buildWithMessageHandler(this::processMessage, Product.class);
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        return handler.processBatch(event, context);
    }

    private void processMessage(Product product) {
        try {
            File file = new File("/tmp/" + product.id() + ".json");
            MAPPER.writeValue(file, product); // expect: SL105
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A product message. */
    public record Product(String id, String name) {
    }
}
