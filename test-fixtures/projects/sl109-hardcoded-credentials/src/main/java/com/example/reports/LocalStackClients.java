package com.example.reports;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.net.URI;
import java.time.Duration;

/**
 * Local development against LocalStack, and AWS's documentation example key in a usage string:
 * placeholders, not secrets. No findings.
 */
public final class LocalStackClients {

    static final String USAGE = "Set AWS_ACCESS_KEY_ID (e.g. AKIAIOSFODNN7EXAMPLE) and AWS_SECRET_ACCESS_KEY";

    private LocalStackClients() {
    }

    public static DynamoDbClient dynamo(String endpoint) {
        return DynamoDbClient.builder()
                .endpointOverride(URI.create(endpoint))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .overrideConfiguration(c -> c.apiCallTimeout(Duration.ofSeconds(5)))
                .build();
    }

    public static AwsBasicCredentials forDynamoDbLocal() {
        return AwsBasicCredentials.create("fakeMyKeyId", "fakeSecretAccessKey");
    }

    public static AwsBasicCredentials fromArguments(String accessKey, String secretKey) {
        return AwsBasicCredentials.create(accessKey, secretKey);
    }
}
