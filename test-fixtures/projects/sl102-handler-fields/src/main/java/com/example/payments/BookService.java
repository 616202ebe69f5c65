package com.example.payments;

import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;

/** A collaborator: its own fields are not the handler object's (SL102 does not apply). */
@Singleton
public class BookService {

    private final List<String> recent = new ArrayList<>();

    public String save(BookOrder order) {
        recent.add(order.isbn());
        return order.isbn();
    }
}
