package com.example.reports;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * /tmp used correctly: a cache that is filled when missing, a file written and read in the same
 * invocation, a per-request file, a directory created when absent, and a check during init. No findings.
 */
public class ModelCacheHandler implements RequestHandler<Map<String, String>, String> {

    private static final S3Client S3 = S3Client.create();
    private static final Path MODEL = Path.of("/tmp/model.bin");
    private static final Path REPORT = Path.of("/tmp/report.csv");
    private static final boolean WARM_AT_INIT = Files.exists(Path.of("/tmp/preloaded"));

    @Override
    public String handleRequest(Map<String, String> input, Context context) {
        try {
            if (!Files.exists(MODEL)) {
                S3.getObject(GetObjectRequest.builder().bucket("models").key("model.bin").build(), MODEL);
            }
            byte[] model = Files.readAllBytes(MODEL);

            Files.writeString(REPORT, "id,score\n" + input.get("id") + "," + model.length);
            String report = Files.readString(REPORT);
            Files.deleteIfExists(REPORT);

            Path perRequest = Path.of("/tmp", context.getAwsRequestId() + ".json");
            Files.writeString(perRequest, report);
            long size = Files.size(perRequest);
            Files.delete(perRequest);

            File scratch = new File("/tmp/scratch");
            if (!scratch.exists()) {
                scratch.mkdirs();
            }
            return report + size + WARM_AT_INIT;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
