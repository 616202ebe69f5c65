package com.example.reports;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;

/** Reads a token and a counter that some earlier invocation is supposed to have stored in /tmp. */
public class TokenHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    static final String TOKEN_FILE = "/tmp/auth-token";

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        try {
            String token = Files.readString(Paths.get(TOKEN_FILE)); // expect: SL104
            File counter = new File(System.getProperty("java.io.tmpdir"), "calls.txt");
            int calls = 0;
            if (counter.exists()) { // expect: SL104
                calls = Integer.parseInt(Files.readString(counter.toPath()).trim());
            }
            Files.writeString(counter.toPath(), Integer.toString(calls + 1));
            return new APIGatewayProxyResponseEvent().withStatusCode(200).withBody(token.substring(0, 4) + calls);
        } catch (IOException e) {
            return new APIGatewayProxyResponseEvent().withStatusCode(500);
        }
    }
}
