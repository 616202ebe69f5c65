package com.example.orders;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

/** Business logic of order placement; one instance lives as long as the handler. */
class OrderService {

    private S3Client receipts;
    private String lastOrderId;

    String place(Order order, BigDecimal taxRate, String receiptDate, String requestId) {
        lastOrderId = order.id();  // Managed Instances: SL114
        BigDecimal total = order.amount().add(order.amount().multiply(taxRate));
        writeReceipt(order, total, receiptDate);
        exportForAccounting(order, total);
        archive(order, requestId);
        return order.id() + "-" + total;
    }

    private void writeReceipt(Order order, BigDecimal total, String receiptDate) {
        try {
            Path receipt = Path.of("/tmp/receipt.txt");
            Files.writeString(receipt, order.id() + ";" + total + ";" + receiptDate);  // Managed Instances: SL117
            client().putObject(PutObjectRequest.builder().bucket("receipts").key(order.id()).build(),
                    RequestBody.fromFile(receipt));
            Files.delete(receipt);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A name built only from the request's input: concurrent requests use different files. */
    private void exportForAccounting(Order order, BigDecimal total) {
        try {
            Path export = Path.of("/tmp", order.id() + ".csv");
            Files.writeString(export, order.id() + "," + total);
            Files.delete(export);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void archive(Order order, String requestId) {
        try {
            Path archive = Files.createTempFile("order-" + requestId, ".json");
            Files.writeString(archive, order.toString());
            Files.delete(archive);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lazily created: fine one request at a time, a race when requests run concurrently. */
    private S3Client client() {
        if (receipts == null) {
            receipts = S3Client.create();  // Managed Instances: SL114
        }
        return receipts;
    }
}
