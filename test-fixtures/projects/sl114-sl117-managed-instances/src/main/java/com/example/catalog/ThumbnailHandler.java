package com.example.catalog;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.Map;

/** Thumbnails on Lambda Managed Instances with the default concurrency. */
public class ThumbnailHandler implements RequestHandler<Map<String, String>, String> {

    private static final DecimalFormat SIZE = new DecimalFormat("#,##0.0");
    private static final String WORK_FILE = "/tmp/thumbnail.png";

    @Override
    public String handleRequest(Map<String, String> image, Context context) {
        System.setProperty("java.awt.headless", "true"); // expect: SL116
        try (FileOutputStream out = new FileOutputStream(WORK_FILE)) { // expect: SL117
            out.write(image.get("bytes").getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Path mine = Path.of("/tmp/thumbnail-" + context.getAwsRequestId() + ".png");
            Files.write(mine, image.get("bytes").getBytes());
            Files.delete(mine);
            return SIZE.format(Files.size(Path.of(WORK_FILE)) / 1024.0); // expect: SL115
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
