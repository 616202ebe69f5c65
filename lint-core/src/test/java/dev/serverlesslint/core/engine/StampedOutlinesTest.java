package dev.serverlesslint.core.engine;

import dev.serverlesslint.core.input.FileStamp;
import dev.serverlesslint.core.input.InputLog;
import dev.serverlesslint.core.java.JavaOutline;
import dev.serverlesslint.core.java.JavaOutlineScanner;
import dev.serverlesslint.core.source.SourceEncoding;
import dev.serverlesslint.core.source.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A file whose stamp is the recorded one is not read: its stored outline and digest are used (the
 * stored outline here is deliberately another file's, to tell). Any other file is read.
 */
class StampedOutlinesTest {

    private static final FileTime AN_HOUR_AGO = FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS));
    private static final String STORED = "package stored;\nclass Stored { }\n";

    @TempDir
    Path root;

    private final InputLog inputs = new InputLog();

    private SourceFile file(String text) throws IOException {
        Path path = Files.writeString(root.resolve("A.java"), text);
        Files.setLastModifiedTime(path, AN_HOUR_AGO);
        return new SourceFile(path, "A.java");
    }

    /** A state that says A.java has {@code stamp} and the outline and digest of {@link #STORED}. */
    private static IncrementalState prior(String stamp) {
        OutlineTable table = new OutlineTable();
        JavaOutline stored = JavaOutlineScanner.scan("A.java", STORED);
        return IncrementalState.of(Map.of("A.java", new IncrementalState.FileState("stored-digest", stamp,
                IncrementalState.declarationDigest(stored), "", table.encode(stored), null)),
                Set.of(), Set.of(), Set.of(), table.strings());
    }

    private StampedOutlines.Outlined outline(SourceFile file, IncrementalState prior) {
        return new StampedOutlines(new SourceReader(1_000_000, inputs, SourceEncoding.UTF_8), inputs, prior)
                .outline(file, true).orElseThrow();
    }

    @Test
    void aFileWithTheRecordedStampIsNotRead() throws IOException {
        SourceFile file = file("package p;\nclass A { int x = 1; }\n");
        String stamp = FileStamp.of(file.absolutePath()).orElseThrow().value();
        StampedOutlines.Outlined outlined = outline(file, prior(stamp));
        assertEquals(JavaOutlineScanner.scan("A.java", STORED), outlined.outline());
        assertEquals("stored-digest", outlined.contentDigest());
        assertEquals(stamp, outlined.stamp());
        assertEquals("stored-digest", inputs.inputs().get(0).value(), "recorded as an input with the stored digest");
    }

    @Test
    void aSameSizeEditWithItsTimeSetBackIsRead() throws IOException {
        SourceFile file = file("package p;\nclass A { int x = 1; }\n");
        String stamp = FileStamp.of(file.absolutePath()).orElseThrow().value();
        file("package p;\nclass A { int x = 2; }\n");
        StampedOutlines.Outlined outlined = outline(file, prior(stamp));
        assertEquals(JavaOutlineScanner.scan("A.java", "package p;\nclass A { int x = 2; }\n"), outlined.outline());
        assertNull(outlined.stamp(), "written just now: not settled, so no stamp is kept");
    }

    @Test
    void aCorruptStoredOutlineMeansTheFileIsRead() throws IOException {
        SourceFile file = file("package p;\nclass A { }\n");
        String stamp = FileStamp.of(file.absolutePath()).orElseThrow().value();
        IncrementalState corrupt = IncrementalState.of(Map.of("A.java", new IncrementalState.FileState("d", stamp,
                "", "", new byte[] {(byte) 0x80}, null)), Set.of(), Set.of(), Set.of(), List.of());
        assertEquals(JavaOutlineScanner.scan("A.java", "package p;\nclass A { }\n"), outline(file, corrupt).outline());
    }

    @Test
    void storedOutlinesDecodeToTheScannedOnes() throws IOException {
        OutlineTable table = new OutlineTable();
        List<Path> sources;
        try (Stream<Path> files = Files.walk(Path.of("..", "test-fixtures"))) {
            sources = files.filter(f -> f.toString().endsWith(".java") && !f.toString().contains("target")).sorted().toList();
        }
        List<JavaOutline> outlines = sources.stream().map(StampedOutlinesTest::scan).toList();
        List<byte[]> encoded = outlines.stream().map(table::encode).toList();
        for (int i = 0; i < outlines.size(); i++) {
            assertEquals(outlines.get(i), OutlineTable.decode(outlines.get(i).path(), encoded.get(i), table.strings()));
        }
        // a table over a shared base: the first half's strings shared, the second half's own
        OutlineTable first = new OutlineTable();
        outlines.subList(0, outlines.size() / 2).forEach(first::encode);
        OutlineTable second = new OutlineTable(new OutlineTable.Base(first.strings()));
        for (JavaOutline outline : outlines) {
            byte[] bytes = second.encode(outline);
            assertEquals(outline, OutlineTable.decode(outline.path(), bytes, first.strings(), second.strings()));
        }
        assertEquals(table.strings().size() - first.strings().size(), second.strings().size(),
                "its own table has only the strings the base lacks");
        assertTrue(sources.size() > 50, "the fixtures' Java files: " + sources.size());
    }

    private static JavaOutline scan(Path file) {
        try {
            return JavaOutlineScanner.scan(file.toString(), new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
