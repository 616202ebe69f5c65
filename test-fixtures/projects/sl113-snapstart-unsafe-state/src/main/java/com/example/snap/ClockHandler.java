package com.example.snap;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

import java.util.Map;

/** Its SnapStart setting is a variable resolved at deploy time: unknown, so no findings. */
public class ClockHandler implements RequestHandler<Map<String, String>, Long> {

    private static final long STARTED = System.currentTimeMillis();

    @Override
    public Long handleRequest(Map<String, String> input, Context context) {
        return System.currentTimeMillis() - STARTED;
    }
}
