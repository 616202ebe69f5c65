package com.example.images;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Stages S3 objects in /tmp and leaves them there. */
public class CsvImportHandler implements RequestHandler<S3Event, Integer> {

    private static final S3Client S3 = S3Client.create();

    @Override
    public Integer handleRequest(S3Event event, Context context) {
        try {
            File staged = File.createTempFile("import", ".csv"); // expect: SL105
            staged.deleteOnExit();
            String key = event.getRecords().get(0).getS3().getObject().getKey();
            S3.getObject(GetObjectRequest.builder().bucket("imports").key(key).build(), staged.toPath());
            Files.write(Path.of("/tmp/" + key + ".copy"), Files.readAllBytes(staged.toPath())); // expect: SL105
            return Files.readAllLines(staged.toPath()).size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
