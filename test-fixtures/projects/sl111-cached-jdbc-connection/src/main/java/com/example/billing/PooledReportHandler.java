package com.example.billing;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;

import javax.sql.DataSource;
import java.util.Map;

/**
 * A pooled DataSource kept in a field, a JDBC connection borrowed per request, and a RabbitMQ
 * connection (not JDBC) cached in a field. No findings.
 */
public class PooledReportHandler implements RequestHandler<Map<String, String>, String> {

    private static final DataSource DATA_SOURCE = BillingDataSource.create();
    private static final Connection BROKER = open();

    private static Connection open() {
        try {
            return new ConnectionFactory().newConnection();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String handleRequest(Map<String, String> input, Context context) {
        try (java.sql.Connection connection = DATA_SOURCE.getConnection()) {
            connection.createStatement().execute("select 1");
            return BROKER.getAddress().toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
