package com.example.catalog;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/** Search on Lambda Managed Instances: thread-safe patterns next to the racy ones. */
public class SearchHandler implements RequestHandler<Map<String, String>, List<String>> {

    private static final List<String> STOP_WORDS = List.of("a", "an", "the");
    private static final ThreadLocal<StringBuilder> BUFFER = ThreadLocal.withInitial(StringBuilder::new);
    private static volatile SearchIndex index;
    private static int searches;

    private final SearchIndex fallback = new SearchIndex();

    @Override
    public List<String> handleRequest(Map<String, String> query, Context context) {
        searches++; // expect: SL114
        TimeZone.setDefault(TimeZone.getTimeZone(query.getOrDefault("tz", "UTC"))); // expect: SL116
        StringBuilder buffer = BUFFER.get();
        try {
            buffer.append(query.get("q").toLowerCase(Locale.ROOT));
            STOP_WORDS.forEach(word -> buffer.append(' ').append(word));
            return index().search(buffer.toString());
        } finally {
            buffer.setLength(0);
            BUFFER.remove();
        }
    }

    /** Double-checked locking on a volatile field: initialised once, safely. */
    private SearchIndex index() {
        SearchIndex current = index;
        if (current == null) {
            synchronized (SearchHandler.class) {
                if (index == null) {
                    index = new SearchIndex();
                }
                current = index;
            }
        }
        return current != null ? current : fallback;
    }
}
