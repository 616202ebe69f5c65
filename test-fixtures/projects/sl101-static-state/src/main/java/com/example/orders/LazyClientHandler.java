package com.example.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/** Lazy, once-per-environment initialisation, a memoising cache and cold-start flags. No findings. */
public class LazyClientHandler implements RequestHandler<Map<String, String>, String> {

    private static S3Client s3;
    private static volatile SecretsManagerClient secrets;
    private static boolean warmedUp;
    private static final Map<String, String> SECRET_CACHE = new ConcurrentHashMap<>();
    private static final AtomicReference<String> REGION = new AtomicReference<>();
    private static final AtomicBoolean METRICS_STARTED = new AtomicBoolean();
    private static boolean coldStart = true;

    @Override
    public String handleRequest(Map<String, String> input, Context context) {
        if (s3 == null) {
            s3 = S3Client.create();
        }
        if (!warmedUp) {
            s3.listBuckets();
            warmedUp = true;
        }
        String apiKey = SECRET_CACHE.computeIfAbsent("api-key",
                name -> secrets().getSecretValue(b -> b.secretId(name)).secretString());
        REGION.compareAndSet(null, System.getenv("AWS_REGION"));
        if (METRICS_STARTED.compareAndSet(false, true)) {
            context.getLogger().log("first invocation in this environment");
        }
        boolean wasCold = coldStart;
        coldStart = false;
        return apiKey.length() + ":" + input.size() + wasCold;
    }

    private static SecretsManagerClient secrets() {
        if (secrets != null) {
            return secrets;
        }
        synchronized (LazyClientHandler.class) {
            if (secrets == null) {
                secrets = SecretsManagerClient.create();
            }
        }
        return secrets;
    }
}
