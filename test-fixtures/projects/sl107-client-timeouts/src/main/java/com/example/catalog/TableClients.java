package com.example.catalog;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.net.URI;

/**
 * One client, built in one of two ways: against a local endpoint when a test sets the property, else
 * against the service. It is one client without timeouts, so one finding, on the production branch.
 */
public final class TableClients {

    private static DynamoDbClient client;

    private TableClients() {
    }

    public static DynamoDbClient client() {
        String localUri = System.getProperty("LOCAL_DYNAMODB_URI");
        if (localUri != null) {
            client = DynamoDbClient.builder().endpointOverride(URI.create(localUri)).build();
        } else {
            client = DynamoDbClient.builder().build(); // expect: SL107
        }
        return client;
    }

    public static DynamoDbClient create(String localUri) {
        if (localUri == null) {
            return DynamoDbClient.create(); // expect: SL107
        }
        return DynamoDbClient.builder().endpointOverride(URI.create(localUri)).build();
    }
}
