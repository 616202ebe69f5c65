package com.example.snap;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

import java.util.Map;
import java.util.Random;

/** Same pattern as BaseHandler, but its function turns SnapStart off (ApplyOn: None). No findings. */
public class ReportHandler implements RequestHandler<Map<String, String>, Integer> {

    private static final Random SAMPLER = new Random();
    private static final long LOADED_AT = System.currentTimeMillis();

    @Override
    public Integer handleRequest(Map<String, String> input, Context context) {
        return SAMPLER.nextInt(100) + (int) (LOADED_AT % 7);
    }
}
