package com.example.quotes;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Map;

/** Formats quotes as JSON with a mapper built once. */
public final class QuoteFormatter {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public String format(String symbol, long cents) throws Exception {
        return MAPPER.writeValueAsString(Map.of("symbol", symbol, "cents", cents));
    }
}
