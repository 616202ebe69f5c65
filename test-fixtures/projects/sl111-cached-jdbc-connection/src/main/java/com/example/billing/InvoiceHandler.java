package com.example.billing;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Opens the connection once per environment (good) and never checks it again (bad). */
public class InvoiceHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private static final Connection CONNECTION; // expect: SL111

    static {
        try {
            CONNECTION = DriverManager.getConnection(System.getenv("JDBC_URL"), System.getenv("DB_USER"),
                    System.getenv("DB_PASSWORD"));
        } catch (SQLException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        try (PreparedStatement statement = CONNECTION.prepareStatement("select total from invoices where id = ?")) {
            statement.setString(1, event.getPathParameters().get("id"));
            statement.executeQuery();
            return new APIGatewayProxyResponseEvent().withStatusCode(200);
        } catch (SQLException e) {
            return new APIGatewayProxyResponseEvent().withStatusCode(500);
        }
    }
}
