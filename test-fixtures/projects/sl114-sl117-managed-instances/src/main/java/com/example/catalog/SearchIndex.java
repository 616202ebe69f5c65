package com.example.catalog;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Shared by all requests; its state is made of thread-safe types. */
class SearchIndex {

    private final ConcurrentHashMap<String, List<String>> cache = new ConcurrentHashMap<>();
    private final LongAdder lookups = new LongAdder();

    List<String> search(String normalised) {
        lookups.increment();
        return cache.computeIfAbsent(normalised, q -> List.of(q + "-1", q + "-2"));
    }
}
