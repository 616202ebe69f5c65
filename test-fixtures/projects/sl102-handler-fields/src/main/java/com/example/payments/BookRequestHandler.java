package com.example.payments;

import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;

/** Micronaut adapter: the runtime calls execute() through MicronautRequestHandler.handleRequest. */
public class BookRequestHandler extends MicronautRequestHandler<BookOrder, String> {

    @Inject
    BookService bookService;

    private long totalCents;

    @Override
    public String execute(BookOrder order) {
        totalCents += order.cents(); // expect: SL102
        return bookService.save(order);
    }
}
