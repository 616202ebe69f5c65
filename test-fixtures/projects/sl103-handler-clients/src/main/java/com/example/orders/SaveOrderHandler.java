package com.example.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.example.orders.data.OrderRepository;
import com.example.orders.reports.ReportGenerator;

/**
 * The handler itself is clean; the repository it calls builds a client per call (another file,
 * another package), and the report generator it instantiates per request builds a mapper in a
 * field initialiser.
 */
public class SaveOrderHandler implements RequestHandler<SQSEvent, Void> {

    private final OrderRepository repository = new OrderRepository();

    @Override
    public Void handleRequest(SQSEvent event, Context context) {
        for (SQSEvent.SQSMessage message : event.getRecords()) {
            repository.save(new Order(message.getMessageId(), message.getBody(), 0));
        }
        new ReportGenerator().summarise(event.getRecords().size());
        return null;
    }
}
