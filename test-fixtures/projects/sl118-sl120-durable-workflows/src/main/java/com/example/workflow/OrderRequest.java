package com.example.workflow;

import java.util.List;

public record OrderRequest(String id, String customerId, List<String> items, long amountCents) {
}
