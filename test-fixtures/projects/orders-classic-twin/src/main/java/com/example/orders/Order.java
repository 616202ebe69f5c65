package com.example.orders;

import java.math.BigDecimal;

/** An order as the API receives it. */
public record Order(String id, String country, BigDecimal amount, String currency) {

    static Order parse(String body, String currency) {
        String[] parts = body.split(",");
        return new Order(parts[0].trim(), parts[1].trim(), new BigDecimal(parts[2].trim()), currency);
    }
}
