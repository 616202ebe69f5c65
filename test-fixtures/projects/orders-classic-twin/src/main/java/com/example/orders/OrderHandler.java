package com.example.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;

import java.math.BigDecimal;
import java.text.SimpleDateFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** POST /orders: the same code is deployed as a classic function and on Lambda Managed Instances. */
public class OrderHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private static final SimpleDateFormat RECEIPT_DATE = new SimpleDateFormat("yyyy-MM-dd");
    private static final DateTimeFormatter AUDIT_TIME = DateTimeFormatter.ISO_INSTANT;
    private static final Map<String, BigDecimal> TAX_RATES = new HashMap<>();
    private static final ConcurrentHashMap<String, BigDecimal> SHIPPING_RATES = new ConcurrentHashMap<>();
    private static final AtomicLong ORDERS_SEEN = new AtomicLong();
    private static final String CURRENCY = "EUR";

    private final OrderService orders = new OrderService();
    private final OrderRepository repository = new OrderRepository();
    private Context invocation;

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent request, Context context) {
        invocation = context;  // Managed Instances: SL114
        ORDERS_SEEN.incrementAndGet();  // SL101 in both: atomic, so no race, but the count still carries over between invocations
        Order order = Order.parse(request.getBody(), CURRENCY);
        BigDecimal tax = taxRate(order.country());
        SHIPPING_RATES.put(order.country(), BigDecimal.TEN);  // SL101 in both: a concurrent map (no race), but entries carry over between invocations
        String receiptDate = RECEIPT_DATE.format(new Date());  // Managed Instances: SL115
        String audit = AUDIT_TIME.format(Instant.now());
        String id = orders.place(order, tax, receiptDate, invocation.getAwsRequestId());
        repository.save(id, order);
        return new APIGatewayProxyResponseEvent().withStatusCode(201).withBody(id + " " + audit);
    }

    private static BigDecimal taxRate(String country) {
        BigDecimal rate = TAX_RATES.get(country);
        if (rate == null) {
            rate = country.equals("DE") ? new BigDecimal("0.19") : new BigDecimal("0.20");
            TAX_RATES.put(country, rate);  // classic: none (a memoised cache fill); Managed Instances: SL114 (HashMap is not thread-safe)
        }
        return rate;
    }
}
