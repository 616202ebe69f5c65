package com.example.workflow;

import software.amazon.lambda.durable.DurableContext;

import java.time.Instant;

class ShippingService {

    String address(OrderRequest order) {
        return "address-of-" + order.customerId();
    }

    String label(String address) {
        return "label:" + address;
    }

    /** Called from inside the "ship" step, with the handler's context: another durable operation in a step. */
    String dispatch(DurableContext ctx, OrderRequest order, String label) {
        return ctx.step("book-carrier", String.class, step -> "tracking-" + order.id() + "-" + label); // expect: SL119
    }

    boolean isDelivered(String tracking, Instant now) {
        return now.getEpochSecond() % 2 == 0 && !tracking.isEmpty();
    }
}
