package com.example.customers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;

import java.util.Map;

/** CloudFormation function with the 3 s default written out; Apache RequestConfig timeouts in milliseconds. */
public class LoyaltyHandler implements RequestHandler<Map<String, String>, Integer> {

    private static final CloseableHttpClient HTTP = HttpClients.custom()
            .setDefaultRequestConfig(RequestConfig.custom()
                    .setConnectTimeout(1_000)
                    .setSocketTimeout(3_000) // expect: SL218
                    .build())
            .build();

    @Override
    public Integer handleRequest(Map<String, String> input, Context context) {
        return HTTP.hashCode();
    }
}
