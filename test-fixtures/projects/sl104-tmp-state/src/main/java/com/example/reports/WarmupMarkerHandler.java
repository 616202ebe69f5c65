package com.example.reports;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Uses a marker file to remember that "the job already ran": each environment has its own /tmp. */
public class WarmupMarkerHandler implements RequestHandler<ScheduledEvent, String> {

    private static final Path MARKER = Path.of("/tmp/nightly-report.done");

    @Override
    public String handleRequest(ScheduledEvent event, Context context) {
        if (Files.exists(MARKER)) { // expect: SL104
            return "already done";
        }
        runReport();
        try {
            Files.createFile(MARKER);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return "done";
    }

    private void runReport() {
    }
}
