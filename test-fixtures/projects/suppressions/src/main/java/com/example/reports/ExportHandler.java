package com.example.reports;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import software.amazon.awssdk.services.s3.S3Client;

import java.util.Map;

public class ExportHandler implements RequestHandler<Map<String, Object>, String> {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public String handleRequest(Map<String, Object> event, Context context) {
        // serverless-lint:disable-next-line SL103 -- export runs once per day, the client is not reused
        S3Client s3 = S3Client.create();
        S3Client other = S3Client.create(); // serverless-lint:disable-line SL103 -- same reason
        S3Client third = S3Client.create(); // expect: SL103
        // serverless-lint:disable-next-line SL103 -- nothing to suppress any more // expect: SL002
        String name = String.valueOf(event.get("name"));
        // serverless-lint:disable SL103 -- not a directive serverless-lint knows // expect: SL001
        return MAPPER.hashCode() + name + s3 + other + third;
    }

    @SuppressWarnings("serverless-lint:SL103") // expect: SL002
    private String describe() {
        return "export";
    }
}
