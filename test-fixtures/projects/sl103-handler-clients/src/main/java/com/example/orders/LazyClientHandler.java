package com.example.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import software.amazon.awssdk.services.s3.S3Client;

import java.util.Map;

/** The lazy null-check idiom builds the client once per environment: no findings. */
public class LazyClientHandler implements RequestHandler<Map<String, Object>, String> {

    private static S3Client s3;
    private S3Client backup;

    @Override
    public String handleRequest(Map<String, Object> input, Context context) {
        if (s3 == null) {
            s3 = S3Client.builder().build(); 
        }
        if (this.backup == null) {
            this.backup = S3Client.create(); 
        }
        return s3.listBuckets().buckets().size() + ":" + backup.listBuckets().buckets().size();
    }
}
