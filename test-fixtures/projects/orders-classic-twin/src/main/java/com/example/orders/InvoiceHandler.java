package com.example.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Signs invoice numbers; deployed from the CloudFormation template. */
public class InvoiceHandler implements RequestHandler<String, String> {

    private static final MessageDigest SHA256 = sha256();
    private final StringBuilder trail = new StringBuilder();

    @Override
    public String handleRequest(String invoiceNumber, Context context) {
        byte[] digest = SHA256.digest(invoiceNumber.getBytes(StandardCharsets.UTF_8));  // Managed Instances: SL115
        trail.append(invoiceNumber);  // classic: SL102; Managed Instances: SL114
        return HexFormat.of().formatHex(digest);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
