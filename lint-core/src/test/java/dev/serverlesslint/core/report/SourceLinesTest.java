package dev.serverlesslint.core.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SourceLinesTest {

    @TempDir
    Path root;

    @Test
    void readsLinesOfFilesUnderTheRootWithoutBomAndLineTerminators() throws IOException {
        Files.createDirectories(root.resolve("src"));
        Files.write(root.resolve("src/a.yml"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', '\r', '\n',
                'b', '\r', 'c', '\n'});
        SourceLines lines = SourceLines.under(root);
        assertEquals(Optional.of("a"), lines.line("src/a.yml", 1));
        assertEquals(Optional.of("b"), lines.line("src/a.yml", 2));
        assertEquals(Optional.of("c"), lines.line("src/a.yml", 3));
        assertEquals(Optional.of(""), lines.line("src/a.yml", 4));
        assertEquals(Optional.empty(), lines.line("src/a.yml", 5));
        assertEquals(Optional.empty(), lines.line("src/a.yml", 0));
    }

    @Test
    void missingUnreadableOrOutsideFilesHaveNoLines() throws IOException {
        Files.createDirectories(root.resolve("dir"));
        Files.writeString(root.getParent().resolve(root.getFileName() + "-outside.txt"), "secret");
        Files.write(root.resolve("binary.java"), new byte[] {'a', 0, 'b'});
        SourceLines lines = SourceLines.under(root);
        assertEquals(Optional.empty(), lines.line("gone.yml", 1));
        assertEquals(Optional.empty(), lines.line("dir", 1));
        assertEquals(Optional.empty(), lines.line("../" + root.getFileName() + "-outside.txt", 1));
        assertEquals(Optional.empty(), lines.line("binary.java", 1));
    }

    @Test
    void inMemoryContents() {
        SourceLines lines = SourceLines.of(Map.of("a.java", "x\ny"));
        assertEquals(Optional.of("y"), lines.line("a.java", 2));
        assertEquals(Optional.empty(), lines.line("b.java", 1));
        assertEquals(Optional.empty(), SourceLines.NONE.line("a.java", 1));
    }
}
