#!/usr/bin/env python3
"""Writes a Java Lambda service for the benchmark, deterministically (same arguments, same bytes).

    generate_lambda_service.py OUT_DIR [--functions N] [--services K]

OUT_DIR/serverless.yml                                   one function per handler
OUT_DIR/src/main/java/com/example/billing/FnNNNHandler.java   the handlers (about 90 lines each)
OUT_DIR/src/main/java/com/example/billing/...            what they share: a repository holding a
                                                         DynamoDB client, a calculator, records, and
                                                         a few classes no handler uses

Every file is on a request path or next to one, so this is the case where serverless-lint keeps the
most trees: the pre-commit case (one handler changed) and a full run are measured on it. A few
handlers carry the mistakes the rules look for, as real code bases do.

With --services K (K > 0) the handlers share a service layer: K classes service/BillingServiceNN,
handler i saving through service i mod K, each service reaching the repository and the audit log
(the 5,000-handler case of issue 18: --functions 5000 --services 50). Without it the output is the
same as before the option existed.
"""
import argparse
import os

PACKAGE = "com.example.billing"

HANDLER = """package com.example.billing;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Generated handler {index} of the benchmark's billing service. */
public class Fn{index}Handler implements RequestHandler<Map<String, Object>, Map<String, Object>> {{

    private static final BillingRepository REPOSITORY = new BillingRepository();
    private static final InvoiceCalculator CALCULATOR = new InvoiceCalculator({rate});
{state_field}{service_field}
    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {{
        String customerId = String.valueOf(event.getOrDefault("customerId", "unknown"));
        List<LineItem> items = readItems(event);
{per_request}        Invoice invoice = CALCULATOR.invoice(customerId, items, Instant.now());
        validate(invoice);
{save}        return response(invoice);
    }}

    private static List<LineItem> readItems(Map<String, Object> event) {{
        List<LineItem> items = new ArrayList<>();
        Object raw = event.get("items");
        if (raw instanceof List<?> list) {{
            for (Object entry : list) {{
                if (entry instanceof Map<?, ?> map) {{
                    String sku = String.valueOf(map.get("sku"));
                    int quantity = parseQuantity(map.get("quantity"));
                    BigDecimal price = parsePrice(map.get("price"));
                    items.add(new LineItem(sku, quantity, price));
                }}
            }}
        }}
        return items;
    }}

    private static int parseQuantity(Object value) {{
        if (value instanceof Number number) {{
            return Math.max(0, number.intValue());
        }}
        try {{
            return Math.max(0, Integer.parseInt(String.valueOf(value)));
        }} catch (NumberFormatException e) {{
            return 0;
        }}
    }}

    private static BigDecimal parsePrice(Object value) {{
        if (value instanceof Number number) {{
            return BigDecimal.valueOf(number.doubleValue());
        }}
        try {{
            return new BigDecimal(String.valueOf(value));
        }} catch (NumberFormatException e) {{
            return BigDecimal.ZERO;
        }}
    }}

    private static void validate(Invoice invoice) {{
        if (invoice.total().signum() < 0) {{
            throw new IllegalArgumentException("negative total for " + invoice.customerId());
        }}
        if (invoice.lines().size() > {max_lines}) {{
            throw new IllegalArgumentException("too many lines: " + invoice.lines().size());
        }}
    }}

    private static Map<String, Object> response(Invoice invoice) {{
        Map<String, Object> body = new HashMap<>();
        body.put("invoiceId", invoice.id());
        body.put("customerId", invoice.customerId());
        body.put("total", invoice.total().toPlainString());
        body.put("lines", invoice.lines().size());
        body.put("issuedAt", invoice.issuedAt().toString());
        Map<String, Object> response = new HashMap<>();
        response.put("statusCode", 200);
        response.put("body", body);
        return response;
    }}
}}
"""

SHARED = {
    "BillingRepository.java": """package com.example.billing;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

import java.util.HashMap;
import java.util.Map;

/** Stores invoices; one client per execution environment. */
public final class BillingRepository {

    private final DynamoDbClient dynamo = DynamoDbClient.create();
    private final String table = System.getenv("TABLE_NAME");

    public void save(Invoice invoice) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("pk", AttributeValue.builder().s(invoice.id()).build());
        item.put("customer", AttributeValue.builder().s(invoice.customerId()).build());
        item.put("total", AttributeValue.builder().n(invoice.total().toPlainString()).build());
        dynamo.putItem(PutItemRequest.builder().tableName(table).item(item).build());
    }
}
""",
    "InvoiceCalculator.java": """package com.example.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Prices line items with a tax rate. */
public final class InvoiceCalculator {

    private final BigDecimal taxRate;

    public InvoiceCalculator(double taxRate) {
        this.taxRate = BigDecimal.valueOf(taxRate);
    }

    public Invoice invoice(String customerId, List<LineItem> items, Instant now) {
        BigDecimal net = BigDecimal.ZERO;
        for (LineItem item : items) {
            net = net.add(item.price().multiply(BigDecimal.valueOf(item.quantity())));
        }
        BigDecimal total = net.add(net.multiply(taxRate)).setScale(2, RoundingMode.HALF_UP);
        return new Invoice(UUID.randomUUID().toString(), customerId, List.copyOf(items), total, now);
    }
}
""",
    "Invoice.java": """package com.example.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

public record Invoice(String id, String customerId, List<LineItem> lines, BigDecimal total, Instant issuedAt) {
}
""",
    "LineItem.java": """package com.example.billing;

import java.math.BigDecimal;

public record LineItem(String sku, int quantity, BigDecimal price) {
}
""",
    "AuditLog.java": """package com.example.billing;

import java.math.BigDecimal;

/** Writes one structured log line per invoice. */
public final class AuditLog {

    private AuditLog() {
    }

    public static void record(String function, String invoiceId, BigDecimal total) {
        System.out.println("{\\"function\\":\\"" + function + "\\",\\"invoice\\":\\"" + invoiceId
                + "\\",\\"total\\":\\"" + total + "\\"}");
    }
}
""",
    "tools/CsvExport.java": """package com.example.billing.tools;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** A command-line export, not deployed with the functions. */
public final class CsvExport {

    public static void write(List<String[]> rows, Writer out) throws IOException {
        for (String[] row : rows) {
            out.write(String.join(",", row));
            out.write("\\n");
        }
    }
}
""",
}


SERVICE = """package com.example.billing.service;

import com.example.billing.AuditLog;
import com.example.billing.BillingRepository;
import com.example.billing.Invoice;

import java.math.BigDecimal;

/** Generated service {index} of the benchmark's billing service layer: what several handlers share. */
public final class BillingService{index} {{

    private final BillingRepository repository;

    public BillingService{index}(BillingRepository repository) {{
        this.repository = repository;
    }}

    public void record(String function, Invoice invoice) {{
        if (invoice.total().compareTo(BigDecimal.valueOf({limit})) > 0) {{
            AuditLog.record(function + "-large", invoice.id(), invoice.total());
        }}
        repository.save(invoice);
        AuditLog.record(function, invoice.id(), invoice.total());
    }}
}}
"""


def handler(index, services=0):
    state_field = ""
    per_request = ""
    if index % 5 == 1:  # mutable static state written per request (SL101)
        state_field = "    private static int invocations;\n"
        per_request = "        invocations++;\n"
    elif index % 5 == 3:  # an SDK client built on every request (SL103)
        per_request = "        DynamoDbClient perRequest = DynamoDbClient.create();\n"
    if services:
        service = f"com.example.billing.service.BillingService{index % services:02d}"
        service_field = f"    private static final {service} SERVICE = new {service}(REPOSITORY);\n"
        save = f'        SERVICE.record("fn{index:03d}", invoice);\n'
    else:
        service_field = ""
        save = ('        REPOSITORY.save(invoice);\n'
                f'        AuditLog.record("fn{index:03d}", invoice.id(), invoice.total());\n')
    return HANDLER.format(index=f"{index:03d}", rate=f"0.{(index % 9) + 1:02d}", max_lines=100 + index,
                          state_field=state_field, per_request=per_request, service_field=service_field,
                          save=save)


def serverless_yml(functions):
    lines = [
        "service: billing",
        "frameworkVersion: '3'",
        "provider:",
        "  name: aws",
        "  runtime: java21",
        "  memorySize: 1024",
        "  timeout: 10",
        "  environment:",
        "    TABLE_NAME: billing-${sls:stage}",
        "package:",
        "  artifact: target/billing.jar",
        "functions:",
    ]
    for i in range(functions):
        lines += [f"  fn{i:03d}:", f"    handler: {PACKAGE}.Fn{i:03d}Handler::handleRequest",
                  "    events:", "      - http:", f"          path: billing/fn{i:03d}", "          method: post"]
    return "\n".join(lines) + "\n"


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", newline="\n") as f:
        f.write(text)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out")
    parser.add_argument("--functions", type=int, default=25)
    parser.add_argument("--services", type=int, default=0)
    args = parser.parse_args()
    sources = os.path.join(args.out, "src", "main", "java", *PACKAGE.split("."))
    write(os.path.join(args.out, "serverless.yml"), serverless_yml(args.functions))
    for name, text in SHARED.items():
        write(os.path.join(sources, name), text)
    for k in range(args.services):
        write(os.path.join(sources, "service", f"BillingService{k:02d}.java"),
              SERVICE.format(index=f"{k:02d}", limit=1000 + 10 * k))
    for i in range(args.functions):
        write(os.path.join(sources, f"Fn{i:03d}Handler.java"), handler(i, args.services))


if __name__ == "__main__":
    main()
