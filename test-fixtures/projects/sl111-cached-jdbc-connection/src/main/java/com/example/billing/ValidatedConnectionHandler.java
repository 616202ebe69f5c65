package com.example.billing;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** A cached connection that is checked with isValid() and reopened when stale. No findings. */
public class ValidatedConnectionHandler implements RequestHandler<SQSEvent, Void> {

    private static Connection connection;

    private static Connection connection() throws SQLException {
        if (connection == null || !connection.isValid(2)) {
            connection = DriverManager.getConnection(System.getenv("JDBC_URL"));
        }
        return connection;
    }

    @Override
    public Void handleRequest(SQSEvent event, Context context) {
        try {
            connection().createStatement().execute("select 1");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return null;
    }
}
