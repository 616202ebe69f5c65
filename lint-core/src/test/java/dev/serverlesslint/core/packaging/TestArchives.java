package dev.serverlesslint.core.packaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes small zips for tests: each entry is that many zero bytes, deflated. */
final class TestArchives {

    private TestArchives() {
    }

    static Path zip(Path file, Map<String, Integer> entries) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, Integer> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(new byte[entry.getValue()]);
                zip.closeEntry();
            }
        }
        return file;
    }
}
