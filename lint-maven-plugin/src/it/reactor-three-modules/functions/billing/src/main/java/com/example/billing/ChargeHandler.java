package com.example.billing;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

import java.util.Map;

public class ChargeHandler implements RequestHandler<Map<String, String>, String> {

    private static int charges;

    @Override
    public String handleRequest(Map<String, String> input, Context context) {
        charges++;
        return "charged " + input.get("orderId") + " (" + charges + ")";
    }
}
