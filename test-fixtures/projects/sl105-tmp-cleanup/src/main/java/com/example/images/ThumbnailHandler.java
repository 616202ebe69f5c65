package com.example.images;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.example.images.processing.ImageResizer;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Writes a thumbnail per message and resizes through a helper that stages files too. */
public class ThumbnailHandler implements RequestHandler<SQSEvent, Void> {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final ImageResizer resizer = new ImageResizer();

    @Override
    public Void handleRequest(SQSEvent event, Context context) {
        for (SQSEvent.SQSMessage message : event.getRecords()) {
            try (FileOutputStream out = new FileOutputStream("/tmp/thumb-" + message.getMessageId() + ".png")) { // expect: SL105
                out.write(resizer.resize(message.getBody().getBytes()));
                File manifest = new File("/tmp/" + message.getMessageId() + ".json");
                MAPPER.writeValue(manifest, message.getAttributes()); // expect: SL105
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return null;
    }
}
