package com.example.nocfg;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

import java.security.SecureRandom;
import java.util.Map;
import java.util.UUID;

/**
 * No serverless.yml or template in scope: whether SnapStart is on is unknown, so SL113 says nothing
 * about init-time randomness.
 */
public class SessionHandler implements RequestHandler<Map<String, String>, String> {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String NODE_ID = UUID.randomUUID().toString();

    @Override
    public String handleRequest(Map<String, String> input, Context context) {
        return NODE_ID + RANDOM.nextInt();
    }
}
