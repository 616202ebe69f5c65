package com.example;

public class HalfWritten {
    public void save( { // expect: SL000
    }
}
