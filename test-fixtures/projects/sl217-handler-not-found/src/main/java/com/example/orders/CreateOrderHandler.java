package com.example.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

import java.util.Map;

public class CreateOrderHandler implements RequestHandler<Map<String, Object>, String> {

    @Override
    public String handleRequest(Map<String, Object> input, Context context) {
        return "created";
    }

    /** Nested handler for the admin API. */
    public static class Admin {
        public String handle(Map<String, Object> input) {
            return "admin";
        }
    }
}
