package com.example.billing;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/** Lazy connection with a null/isClosed() guard: isClosed() does not notice a connection the server dropped. */
public class LedgerHandler implements RequestHandler<Map<String, String>, Integer> {

    private static Connection connection; // expect: SL111

    @Override
    public Integer handleRequest(Map<String, String> input, Context context) {
        try {
            if (connection == null || connection.isClosed()) {
                connection = DriverManager.getConnection(System.getenv("JDBC_URL"));
            }
            return connection.createStatement().executeUpdate("update ledger set posted = true");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
