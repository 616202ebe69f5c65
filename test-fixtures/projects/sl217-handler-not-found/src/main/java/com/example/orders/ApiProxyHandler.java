package com.example.orders;

import com.amazonaws.serverless.proxy.spring.SpringDelegatingLambdaContainerHandler;

/** The handler method comes from a library base class, outside the project's sources. */
public class ApiProxyHandler extends SpringDelegatingLambdaContainerHandler {

    public ApiProxyHandler() {
        super(OrdersApplication.class);
    }

    static class OrdersApplication {
    }
}
