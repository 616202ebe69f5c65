package com.example;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import software.amazon.awssdk.services.s3.S3Client;

/** Still linted although a sibling file does not parse. */
public class GoodHandler implements RequestHandler<String, String> {
    @Override
    public String handleRequest(String input, Context context) {
        return S3Client.create().listBuckets().toString(); // expect: SL103, SL107
    }
}
