package com.example.common;

import java.io.InputStream;
import java.io.OutputStream;

/** A project base class: subclasses inherit the handler method. */
public abstract class JsonHandler {

    public void handle(InputStream input, OutputStream output) {
        process(new String(new byte[0]));
    }

    protected abstract void process(String body);
}
