package com.example.billing;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** The handler object keeps a connection taken in its constructor from a data source. */
public class PaymentQueueHandler implements RequestHandler<SQSEvent, Void> {

    private final Connection connection; // expect: SL111

    public PaymentQueueHandler() throws SQLException {
        DataSource dataSource = BillingDataSource.create();
        this.connection = dataSource.getConnection();
    }

    @Override
    public Void handleRequest(SQSEvent event, Context context) {
        try (var statement = connection.createStatement()) {
            for (SQSEvent.SQSMessage message : event.getRecords()) {
                statement.addBatch("insert into payments(body) values ('" + message.getMessageId() + "')");
            }
            statement.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return null;
    }
}
