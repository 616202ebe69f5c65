package dev.serverlesslint.rules.packaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes jars and zips for tests: zero-filled entries compress to almost nothing, random STORED ones do not. */
final class Archives {

    private final ZipOutputStream zip;

    private Archives(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        this.zip = new ZipOutputStream(Files.newOutputStream(file));
    }

    static Archives create(Path file) throws IOException {
        return new Archives(file);
    }

    /** A deflated entry of {@code size} zero bytes (a 60 MB entry takes about 60 KB). */
    Archives zeros(String name, long size) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        byte[] buffer = new byte[64 * 1024];
        for (long left = size; left > 0; left -= buffer.length) {
            zip.write(buffer, 0, (int) Math.min(buffer.length, left));
        }
        zip.closeEntry();
        return this;
    }

    /** A stored (uncompressed) entry of pseudo-random bytes: its zipped size is its size. */
    Archives random(String name, int size) throws IOException {
        byte[] data = new byte[size];
        new Random(size).nextBytes(data);
        CRC32 crc = new CRC32();
        crc.update(data);
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(size);
        entry.setCompressedSize(size);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(data);
        zip.closeEntry();
        return this;
    }

    void close() throws IOException {
        zip.close();
    }

    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text);
    }

}
