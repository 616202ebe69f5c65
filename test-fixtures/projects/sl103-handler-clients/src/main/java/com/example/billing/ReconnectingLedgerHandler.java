package com.example.billing;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/**
 * The connection is opened at init; the handler replaces it only when it has gone stale, in the
 * catch block. Replacing a failed field is recovery, not per-request work: no SL103. A local
 * connection opened in a catch block still is.
 */
public class ReconnectingLedgerHandler implements RequestHandler<Map<String, String>, Integer> {

    private Connection connection;

    public ReconnectingLedgerHandler() throws SQLException {
        connection = DriverManager.getConnection(System.getenv("JDBC_URL"));
    }

    @Override
    public Integer handleRequest(Map<String, String> input, Context context) {
        try {
            return connection.createStatement().executeUpdate(input.get("sql"));
        } catch (SQLException stale) {
            try {
                this.connection = DriverManager.getConnection(System.getenv("JDBC_URL"));
                return connection.createStatement().executeUpdate(input.get("sql"));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Not a reconnect of the field: a fresh connection per failed request. */
    static final class FallbackLedgerHandler implements RequestHandler<String, Integer> {
        @Override
        public Integer handleRequest(String sql, Context context) {
            try {
                return 0;
            } catch (RuntimeException e) {
                try (Connection fallback = DriverManager.getConnection(System.getenv("FALLBACK_URL"))) { // expect: SL103
                    return fallback.createStatement().executeUpdate(sql);
                } catch (SQLException inner) {
                    throw new IllegalStateException(inner);
                }
            }
        }
    }
}
