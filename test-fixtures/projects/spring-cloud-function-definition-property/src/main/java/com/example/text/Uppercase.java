package com.example.text;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.function.Function;

/** The bean spring.cloud.function.definition names: its apply runs per request. */
@Component
public class Uppercase implements Function<String, String> {

    private int calls;

    @Override
    public String apply(String text) {
        calls++; // expect: SL102
        return new ObjectMapper().valueToTree(text.toUpperCase(Locale.ROOT)).asText() + calls; // expect: SL103
    }
}
