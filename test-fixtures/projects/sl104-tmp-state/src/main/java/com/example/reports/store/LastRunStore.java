package com.example.reports.store;

import java.io.BufferedReader;
import java.io.FileReader;
import java.io.IOException;

/** Remembers the last run in /tmp: lost on every cold start, different in every environment. */
public final class LastRunStore {

    private static final String LAST_RUN = "/tmp/last-run.json";

    private LastRunStore() {
    }

    public static String lastRun() throws IOException {
        try (BufferedReader reader = new BufferedReader(new FileReader(LAST_RUN))) { // expect: SL104
            return reader.readLine();
        }
    }
}
