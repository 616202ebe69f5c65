package com.example.mapping;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

import java.util.function.Function;

@Component
public class PriceMapper implements Function<String, String> {

    private int mapped;

    @Override
    public String apply(String price) {
        mapped++;
        return new ObjectMapper().valueToTree(price).asText();
    }
}
