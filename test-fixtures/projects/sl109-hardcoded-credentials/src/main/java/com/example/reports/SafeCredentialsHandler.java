package com.example.reports;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

import java.time.Duration;

/** Credentials from the execution role, the environment and Secrets Manager. No findings. */
public class SafeCredentialsHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private static final S3Client S3 = S3Client.builder()
            .credentialsProvider(DefaultCredentialsProvider.create())
            .overrideConfiguration(c -> c.apiCallTimeout(Duration.ofSeconds(3)))
            .build();

    private static final SecretsManagerClient SECRETS = SecretsManagerClient.builder()
            .overrideConfiguration(c -> c.apiCallTimeout(Duration.ofSeconds(2)))
            .build();

    // a partner account's key pair read at init from Secrets Manager, never written down
    private static final StaticCredentialsProvider PARTNER = StaticCredentialsProvider.create(
            AwsBasicCredentials.create(System.getenv("PARTNER_ACCESS_KEY_ID"),
                    SECRETS.getSecretValue(r -> r.secretId("partner/secret-key")).secretString()));

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        S3.listBuckets();
        return new APIGatewayProxyResponseEvent().withStatusCode(200);
    }
}
