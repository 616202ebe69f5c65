package com.example.warmup;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Writes a report to /tmp and leaves it there. */
public class ReportHandler implements RequestHandler<Map<String, String>, String> {

    @Override
    public String handleRequest(Map<String, String> event, Context context) {
        Path report = Path.of("/tmp/report-" + context.getAwsRequestId() + ".csv");
        try {
            Files.writeString(report, "id,total\n" + event.getOrDefault("id", "none") + ",0\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return report.toString();
    }
}
