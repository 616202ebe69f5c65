package com.example;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Map;

/** Clean: the mapper is created once at init. */
public class GreetHandler implements RequestHandler<Map<String, String>, String> {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public String handleRequest(Map<String, String> input, Context context) {
        try {
            return MAPPER.writeValueAsString(Map.of("greeting", "hello " + input.getOrDefault("name", "world")));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
