package com.example.payments;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

import java.util.Map;

/**
 * Fields assigned on every path of the handler method before anything reads them hold nothing from
 * the previous invocation: per-request locals in disguise. Only the field that keeps the previous
 * request's value on some path is reported.
 */
public class ServiceSelectingHandler implements RequestHandler<Map<String, String>, String> {

    private PriceService service;
    private String currency;
    private String region;
    private String lastTenant;

    @Override
    public String handleRequest(Map<String, String> input, Context context) {
        if ("v2".equals(input.get("version"))) {
            service = new PriceService("v2");
        } else {
            service = new PriceService("v1");
        }
        switch (input.getOrDefault("market", "")) {
            case "uk":
                currency = "GBP";
                break;
            case "us":
            case "ca":
                currency = "USD";
                break;
            default:
                currency = "EUR";
        }
        try {
            region = input.get("region").trim();
        } catch (NullPointerException e) {
            region = "eu-west-1";
        }
        if (input.containsKey("tenant")) {
            lastTenant = input.get("tenant"); // expect: SL102
        }
        return service.quote(currency, region, lastTenant);
    }

    static final class PriceService {
        private final String version;

        PriceService(String version) {
            this.version = version;
        }

        String quote(String currency, String region, String tenant) {
            return version + currency + region + tenant;
        }
    }
}
