package com.example.checkout;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeRequest;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Map;

/**
 * Looks suspicious but invokes no function: a DryRun only checks permissions, and Method.invoke is
 * reflection. No findings.
 */
public class PermissionProbeHandler implements RequestHandler<Map<String, String>, Boolean> {

    private static final LambdaClient LAMBDA = LambdaClient.builder()
            .overrideConfiguration(c -> c.apiCallTimeout(Duration.ofSeconds(2)))
            .build();

    @Override
    public Boolean handleRequest(Map<String, String> input, Context context) {
        LAMBDA.invoke(InvokeRequest.builder()
                .functionName(input.get("target"))
                .invocationType(InvocationType.DRY_RUN)
                .build());
        try {
            Method validator = Class.forName(input.get("validator")).getMethod("validate", Map.class); 
            return (Boolean) validator.invoke(null, input);
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }
}
