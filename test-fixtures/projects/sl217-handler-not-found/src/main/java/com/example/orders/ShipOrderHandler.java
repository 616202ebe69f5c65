package com.example.orders;

import com.example.common.JsonHandler;

public class ShipOrderHandler extends JsonHandler {

    @Override
    protected void process(String body) {
        // ship it
    }
}
