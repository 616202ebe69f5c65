package com.example.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.s3.AmazonS3;
import com.amazonaws.services.s3.AmazonS3ClientBuilder;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.DriverManager;

/** SDK v1, java.net.http and JDBC created inside a stream handler: findings. */
public class ArchiveOrderHandler implements RequestStreamHandler {

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws java.io.IOException {
        AmazonS3 s3 = AmazonS3ClientBuilder.defaultClient(); // expect: SL103, SL107
        HttpClient http = HttpClient.newHttpClient(); // expect: SL103, SL107
        try (Connection db = DriverManager.getConnection(System.getenv("DB_URL"))) { // expect: SL103
            s3.putObject("archive", "order.json", new String(input.readAllBytes()));
            db.createStatement().execute("UPDATE orders SET archived = true");
        } catch (java.sql.SQLException e) {
            throw new java.io.IOException(e);
        }
        output.write(http.toString().getBytes());
    }
}
