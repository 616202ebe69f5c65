package dev.serverlesslint.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GitChangedLinesTest {

    @Test
    void addedLinesAreTheNewAndChangedLinesOfTheWorkTreeVersion() {
        byte[] before = String.join("\n", "a", "b", "c", "d", "e", "").getBytes(StandardCharsets.UTF_8);
        byte[] after = String.join("\r\n", "a", "new", "b", "C", "d", "").getBytes(StandardCharsets.UTF_8);
        // "new" is inserted at 2, "c" became "C" at 4, "e" was deleted (nothing to report); CR LF is no change.
        assertEquals(Set.of(2, 4), GitChangedLines.addedLines(before, after));
        assertEquals(Set.of(), GitChangedLines.addedLines(before, before));
    }

    @Test
    void lsTreeRecordsKeepNamesWithTabsQuotesAndNewlines() throws IOException {
        String output = "100644 blob 1111111111111111111111111111111111111111\tsrc/Tab\tand \"quote\".java\0"
                + "120000 blob 2222222222222222222222222222222222222222\tlink.yml\0"
                + "160000 commit 3333333333333333333333333333333333333333\tsubmodule\0"
                + "100755 blob 4444444444444444444444444444444444444444\tline\nbreak.yml\0";
        Map<String, GitChangedLines.TreeEntry> entries =
                GitChangedLines.treeEntries(output.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("line\nbreak.yml", "link.yml", "src/Tab\tand \"quote\".java", "submodule"),
                List.copyOf(entries.keySet()));
        assertTrue(entries.get("src/Tab\tand \"quote\".java").isFile());
        assertTrue(entries.get("line\nbreak.yml").isFile());
        assertFalse(entries.get("link.yml").isFile());
        assertFalse(entries.get("submodule").isFile());
        assertThrows(IOException.class, () -> GitChangedLines.treeEntries("garbage\0".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void catFileBatchOutputIsSplitByTheSizesInItsHeaders() throws IOException {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        output.writeBytes("aaaa blob 5\nx\ny\nz\n".getBytes(StandardCharsets.UTF_8));
        output.writeBytes("bbbb blob 0\n\n".getBytes(StandardCharsets.UTF_8));
        List<byte[]> blobs = GitChangedLines.blobs(output.toByteArray(), List.of("aaaa", "bbbb"));
        assertArrayEquals("x\ny\nz".getBytes(StandardCharsets.UTF_8), blobs.get(0));
        assertArrayEquals(new byte[0], blobs.get(1));

        assertThrows(IOException.class, () -> GitChangedLines.blobs(
                "aaaa missing\n".getBytes(StandardCharsets.UTF_8), List.of("aaaa")));
        assertThrows(IOException.class, () -> GitChangedLines.blobs(
                "aaaa blob 99\nshort\n".getBytes(StandardCharsets.UTF_8), List.of("aaaa")));
        assertThrows(IOException.class, () -> GitChangedLines.blobs(
                "aaaa blob -1\n\n".getBytes(StandardCharsets.UTF_8), List.of("aaaa")));
    }

    @Test
    void blobIdsAreGitsObjectIds() {
        // `printf 'hello\n' | git hash-object --stdin`
        assertEquals("ce013625030ba8dba906f756967f9e9ca394464a",
                GitChangedLines.blobId("hello\n".getBytes(StandardCharsets.UTF_8), 40));
        assertEquals(64, GitChangedLines.blobId(new byte[0], 64).length());
    }
}
