package com.example.checkout;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeRequest;

import java.time.Duration;

/** An operator's command-line tool, not a handler: invoking a function from here is fine. No findings. */
public final class ReplayTool {

    public static void main(String[] args) {
        try (LambdaClient lambda = LambdaClient.builder()
                .overrideConfiguration(c -> c.apiCallTimeout(Duration.ofMinutes(1)))
                .build()) {
            lambda.invoke(InvokeRequest.builder()
                    .functionName(args[0])
                    .payload(SdkBytes.fromUtf8String(args[1]))
                    .build());
        }
    }
}
