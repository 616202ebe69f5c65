package com.example.customers;

import com.amazonaws.ClientConfiguration;
import com.amazonaws.services.s3.AmazonS3;
import com.amazonaws.services.s3.AmazonS3ClientBuilder;

/** Clients of ImportHandler, which holds one of these in a field: the handler's 10 s limit applies here too. */
public class CustomerClients {

    private final AmazonS3 s3 = AmazonS3ClientBuilder.standard()
            .withClientConfiguration(new ClientConfiguration()
                    .withRequestTimeout(4_000)
                    .withClientExecutionTimeout(10_000)) // expect: SL218
            .build();

    public AmazonS3 s3() {
        return s3;
    }
}
