package com.example.orders;

import org.springframework.boot.autoconfigure.SpringBootApplication;

import java.util.ArrayList;
import java.util.List;

/** Spring Boot application behind the proxy; its static state is only touched outside handlers. */
@SpringBootApplication
public class OrderApplication {

    private static final List<String> PROFILES = new ArrayList<>();
    private static int starts;

    public OrderApplication() {
        starts++;
    }

    public static void main(String[] args) {
        PROFILES.add("local");
        org.springframework.boot.SpringApplication.run(OrderApplication.class, args);
    }
}
