package com.example.warmup;

import java.util.List;

/** An amount in cents. */
record Money(long cents) {

    static Money sum(List<Money> amounts) {
        long total = 0;
        for (Money amount : amounts) {
            total += amount.cents();
        }
        return new Money(total);
    }
}
