package com.example.workflow;

import java.util.UUID;

class PaymentService {

    /** Called outside any step: a new ID on every replay. */
    String newPaymentId(OrderRequest order) {
        return order.customerId() + "-" + UUID.randomUUID(); // expect: SL118
    }

    /** Called inside a step: the idempotency key comes from the checkpointed ID. */
    String charge(OrderRequest order, String paymentId) {
        return "charged-" + paymentId + "-" + order.amountCents();
    }
}
