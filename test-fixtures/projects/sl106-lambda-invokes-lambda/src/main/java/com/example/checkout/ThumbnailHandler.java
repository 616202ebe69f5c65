package com.example.checkout;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaAsyncClient;

import java.time.Duration;

/** S3 trigger that calls a resize function through the async client, then joins: still synchronous. */
public class ThumbnailHandler implements RequestHandler<S3Event, String> {

    private final LambdaAsyncClient lambda;

    public ThumbnailHandler() {
        this.lambda = LambdaAsyncClient.builder()
                .overrideConfiguration(c -> c.apiCallTimeout(Duration.ofSeconds(10)))
                .build();
    }

    @Override
    public String handleRequest(S3Event event, Context context) {
        String key = event.getRecords().get(0).getS3().getObject().getKey();
        return lambda.invoke(r -> r.functionName("resize-image") // expect: SL106
                        .payload(SdkBytes.fromUtf8String("{\"key\":\"" + key + "\"}")))
                .join()
                .payload()
                .asUtf8String();
    }
}
