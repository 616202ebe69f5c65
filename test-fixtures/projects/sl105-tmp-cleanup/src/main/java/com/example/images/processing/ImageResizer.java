package com.example.images.processing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Stages the input in a temporary file that nobody deletes. */
public class ImageResizer {

    public byte[] resize(byte[] image) {
        try {
            Path input = Files.createTempFile("resize-", ".img"); // expect: SL105
            Files.write(input, image);
            return Files.readAllBytes(input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
