package com.example.orders;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.function.Function;
import java.util.function.Supplier;

/** @Bean factories run once at init; the functions they return run per request. */
@Configuration
public class OrderFunctions {

    private static int normalized;

    @Bean
    public Function<String, String> normalize() {
        ObjectMapper mapper = new ObjectMapper(); // init: the factory method runs once
        return text -> {
            normalized++; // expect: SL101
            return new ObjectMapper().valueToTree(text).asText() + mapper.hashCode(); // expect: SL103
        };
    }

    /** Not named by the function definition: it never runs in this function. */
    @Bean
    public Supplier<String> report() {
        return () -> new ObjectMapper().toString();
    }
}
