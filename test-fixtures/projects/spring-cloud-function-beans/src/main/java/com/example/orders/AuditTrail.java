package com.example.orders;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

import java.util.function.Consumer;

/** A function bean the definition does not name: never invoked by this function, no findings. */
@Component
public class AuditTrail implements Consumer<String> {

    private int seen;

    @Override
    public void accept(String entry) {
        seen++;
        new ObjectMapper().valueToTree(entry);
    }
}
