package com.example.reports;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import software.amazon.awssdk.services.s3.S3Client;

import java.util.Map;

/** Runs once a night: per-invocation clients are accepted here, each suppression says why. */
public class NightlyReportHandler implements RequestHandler<Map<String, Object>, String> {

    @Override
    @SuppressWarnings({"unchecked", "serverless-lint:SL103"})
    public String handleRequest(Map<String, Object> event, Context context) {
        S3Client s3 = S3Client.create();
        ObjectMapper mapper = new ObjectMapper();
        return s3.toString() + mapper.hashCode();
    }
}
