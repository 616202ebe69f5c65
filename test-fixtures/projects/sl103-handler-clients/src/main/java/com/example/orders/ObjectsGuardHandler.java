package com.example.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.http.HttpClient;
import java.util.Map;
import java.util.Objects;

/**
 * A lazily built dependency graph whose guard is written with java.util.Objects: it runs once per
 * environment, so nothing in it is per-request work. The last method has no guard at all.
 */
public class ObjectsGuardHandler implements RequestHandler<Map<String, Object>, String> {

    private static ObjectMapper mapper;
    private static HttpClient http;

    @Override
    public String handleRequest(Map<String, Object> input, Context context) {
        return mapper().toString() + http() + unguarded();
    }

    private static ObjectMapper mapper() {
        if (!Objects.isNull(mapper)) return mapper;
        mapper = configuredMapper();
        return mapper;
    }

    /** Reached only from the lazy initialisation above: runs once per environment, so it is init too. */
    private static ObjectMapper configuredMapper() {
        return new ObjectMapper();
    }

    private static HttpClient http() {
        if (Objects.nonNull(http)) {
            return http;
        }
        http = HttpClient.newBuilder().build();
        return http;
    }

    private static ObjectMapper unguarded() {
        return new ObjectMapper(); // expect: SL103
    }
}
