package com.example.orders;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.util.Map;
import java.util.function.Function;

/** The function bean: one instance serves every request of the environment. */
@Component
public class OrderCounter implements Function<Map<String, String>, String> {

    private final ObjectMapper configured;
    private int count;

    public OrderCounter() {
        this.configured = new ObjectMapper(); // init: the bean is built once
    }

    @Override
    public String apply(Map<String, String> order) {
        count++; // expect: SL102
        DynamoDbClient dynamo = DynamoDbClient.create(); // expect: SL103
        ObjectMapper mapper = new ObjectMapper(); // expect: SL103
        return count + dynamo.serviceName() + mapper.hashCode() + configured.hashCode();
    }
}
