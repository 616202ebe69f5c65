package com.example.customers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.pricing.PricingClient;

import java.time.Duration;
import java.util.Map;

/** SAM function with Timeout 5 from Globals: a 5 s read timeout leaves no time to answer. */
public class QuoteHandler implements RequestHandler<Map<String, String>, String> {

    private static final PricingClient PRICING = PricingClient.builder()
            .httpClient(UrlConnectionHttpClient.builder()
                    .connectionTimeout(Duration.ofMillis(800))
                    .socketTimeout(Duration.ofMillis(5_000)) // expect: SL218
                    .build())
            .build();

    @Override
    public String handleRequest(Map<String, String> input, Context context) {
        return PRICING.getProducts(r -> r.serviceCode("AmazonEC2")).toString();
    }
}
