package com.example.images;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

/**
 * Temporary files deleted on the same path: finally blocks, DELETE_ON_CLOSE, a cleanup helper,
 * a helper that returns the file to a caller that deletes it, and a file created at init. No findings.
 */
public class ExportHandler implements RequestHandler<Map<String, String>, String> {

    private static final S3Client S3 = S3Client.create();
    private static final Path FONT_CACHE;

    static {
        try {
            FONT_CACHE = Files.createTempFile("fonts", ".bin");
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @Override
    public String handleRequest(Map<String, String> input, Context context) {
        Path export = null;
        try {
            export = Files.createTempFile("export-", ".zip");
            Files.writeString(export, input.toString());
            S3.putObject(PutObjectRequest.builder().bucket("exports").key(input.get("id")).build(),
                    RequestBody.fromFile(export));

            writeScratch();

            File staged = render(input);
            try {
                return staged.getName() + FONT_CACHE;
            } finally {
                cleanUp(staged);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (export != null) {
                try {
                    Files.deleteIfExists(export);
                } catch (IOException ignored) {
                    // best effort
                }
            }
        }
    }

    private void writeScratch() throws IOException {
        Path scratch = Files.createTempFile("scratch", ".tmp");
        try (OutputStream out = Files.newOutputStream(scratch, StandardOpenOption.DELETE_ON_CLOSE)) {
            out.write(1);
        }
    }

    private File render(Map<String, String> input) throws IOException {
        File page = File.createTempFile("page", ".html");
        try (java.io.FileWriter writer = new java.io.FileWriter(page.getPath())) {
            writer.write("<p>" + input + "</p>");
        }
        return page;
    }

    private static void cleanUp(File file) {
        if (!file.delete()) {
            file.deleteOnExit();
        }
    }
}
