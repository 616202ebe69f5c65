package com.example.billing;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/** Reconnects and retries once when the cached connection fails. No SL111 finding. */
public class ReconnectingHandler implements RequestHandler<Map<String, String>, Integer> {

    private Connection connection;

    public ReconnectingHandler() throws SQLException {
        connection = DriverManager.getConnection(System.getenv("JDBC_URL"));
    }

    @Override
    public Integer handleRequest(Map<String, String> input, Context context) {
        try {
            return connection.createStatement().executeUpdate(input.get("sql"));
        } catch (SQLException stale) {
            try {
                connection = DriverManager.getConnection(System.getenv("JDBC_URL"));
                return connection.createStatement().executeUpdate(input.get("sql"));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
