package com.example.payments;

public record BookOrder(String isbn, long cents) {
}
