package com.example.reports;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.example.reports.store.LastRunStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** Reaches the /tmp read through a helper in another package. */
public class ReportStatusHandler implements RequestHandler<Map<String, String>, String> {

    @Override
    public String handleRequest(Map<String, String> input, Context context) {
        try {
            return LastRunStore.lastRun();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
