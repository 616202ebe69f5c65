package com.example.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.example.orders.base.BaseSqsHandler;

import java.util.HashMap;
import java.util.Map;

/** Retry counts per carrier in a static map: they survive, and differ, between environments. */
public class ShipmentHandler extends BaseSqsHandler<String> {

    private static final Map<String, Integer> RETRIES_BY_CARRIER = new HashMap<>();

    @Override
    protected void processRecord(String body, Context context) {
        String carrier = body.split(",")[0];
        RETRIES_BY_CARRIER.merge(carrier, 1, Integer::sum); // expect: SL101
        context.getLogger().log(carrier + " retries: " + RETRIES_BY_CARRIER.get(carrier));
    }
}
