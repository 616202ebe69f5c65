package com.example.text;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.function.Function;

/** A bean the definition does not name: this function never runs it, so nothing is reported. */
@Component
public class Lowercase implements Function<String, String> {

    private int calls;

    @Override
    public String apply(String text) {
        calls++;
        return new ObjectMapper().valueToTree(text.toLowerCase(Locale.ROOT)).asText() + calls;
    }
}
