package com.example.workflow;

import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;
import software.amazon.lambda.durable.TypeToken;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Reserve, charge, pack and ship an order; suspended between steps for hours. */
public class OrderWorkflow extends DurableHandler<OrderRequest, OrderResult> {

    private final InventoryService inventory = new InventoryService();
    private final PaymentService payments = new PaymentService();
    private final ShippingService shipping = new ShippingService();
    private int reminders;

    @Override
    protected OrderResult handleRequest(OrderRequest order, DurableContext ctx) {
        Instant received = Instant.now(); // expect: SL118
        String paymentId = payments.newPaymentId(order);
        Instant checkpointed = ctx.step("received-at", Instant.class, step -> Instant.now());

        String reservation = ctx.step("reserve-" + order.id(), String.class, step -> inventory.reserve(order));
        String charge = ctx.step("charge", String.class, step -> payments.charge(order, paymentId));

        List<String> packed = ctx.map("pack", order.items(), String.class,
                (item, index, child) -> child.step("pack-" + index, String.class, step -> inventory.pack(item)))
                .results();

        String label = ctx.runInChildContext("label", String.class, child -> {
            String address = child.step("address", String.class, step -> shipping.address(order));
            child.wait("carrier-pickup", Duration.ofHours(2));
            return child.step("print-label", String.class, step -> shipping.label(address));
        });

        ctx.wait("reminder-" + reminders++, Duration.ofDays(1)); // expect: SL120
        ctx.step("notify-" + System.currentTimeMillis(), String.class, step -> "sent"); // expect: SL120

        String tracking = ctx.step("ship", String.class, step -> {
            ctx.wait("cool-down", Duration.ofMinutes(5)); // expect: SL119
            return shipping.dispatch(ctx, order, label);
        });

        String status = ctx.waitForCondition("delivered", String.class,
                (current, step) -> shipping.isDelivered(tracking, Instant.now())
                        ? software.amazon.lambda.durable.model.WaitForConditionResult.stopPolling("DELIVERED")
                        : software.amazon.lambda.durable.model.WaitForConditionResult.continuePolling(current));

        return new OrderResult(order.id(), reservation, charge, packed, tracking, status,
                Duration.between(checkpointed, received).toMillis());
    }
}
