package dev.serverlesslint.core.finding;

import dev.serverlesslint.core.java.NodeKey;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * The records whose equals and hashCode are written out (to keep their first call from linking
 * java.lang.runtime.ObjectMethods at run time) answer as the generated methods would: the same hash
 * values as a record with the same components, equal exactly when every component is equal.
 */
class WrittenOutRecordMethodsTest {

    private record GeneratedPosition(int line, int column) { }

    private record GeneratedEdit(GeneratedPosition start, GeneratedPosition end, String replacement) { }

    private record GeneratedFix(String description, List<GeneratedEdit> edits) { }

    private record GeneratedRelated(String path, int line, int column, String message) { }

    private record GeneratedFinding(String ruleId, String ruleName, Severity severity, String path, int line,
                                    int column, String message, String function, GeneratedFix fix,
                                    List<GeneratedRelated> related) { }

    private record GeneratedKey(String path, int kind, int line, int column, int endLine, int endColumn) { }

    private static final Fix FIX = new Fix("Set a timeout", List.of(
            TextEdit.insert(new SourcePosition(3, 9), ".timeout(5)"),
            new TextEdit(new SourcePosition(4, 1), new SourcePosition(4, 7), "final")));
    private static final GeneratedFix GENERATED_FIX = new GeneratedFix("Set a timeout", List.of(
            new GeneratedEdit(new GeneratedPosition(3, 9), new GeneratedPosition(3, 9), ".timeout(5)"),
            new GeneratedEdit(new GeneratedPosition(4, 1), new GeneratedPosition(4, 7), "final")));

    @Test
    void hashValuesAreTheGeneratedOnes() {
        assertEquals(new GeneratedPosition(12, 5).hashCode(), new SourcePosition(12, 5).hashCode());
        assertEquals(GENERATED_FIX.hashCode(), FIX.hashCode());
        assertEquals(GENERATED_FIX.edits().get(1).hashCode(), FIX.edits().get(1).hashCode());
        assertEquals(new GeneratedRelated("src/A.java", 7, 3, "A.handle").hashCode(),
                new RelatedLocation("src/A.java", 7, 3, "A.handle").hashCode());
        assertEquals(new GeneratedFinding("SL103", "handler-clients", Severity.WARNING, "src/A.java", 7, 3, "m",
                        "fn", GENERATED_FIX, List.of(new GeneratedRelated("serverless.yml", 2, 1, "fn"))).hashCode(),
                new Finding("SL103", "handler-clients", Severity.WARNING, "src/A.java", 7, 3, "m", "fn", FIX,
                        List.of(new RelatedLocation("serverless.yml", 2, 1, "fn"))).hashCode());
        assertEquals(new GeneratedFinding("SL201", "r", Severity.NOTE, "t.yml", 1, 1, "m", null, null, List.of())
                .hashCode(), new Finding("SL201", "r", Severity.NOTE, "t.yml", 1, 1, "m", null).hashCode());
        assertEquals(new GeneratedKey("src/A.java", NodeKey.METHOD, 3, 5, 9, 6).hashCode(),
                new NodeKey("src/A.java", NodeKey.METHOD, 3, 5, 9, 6).hashCode());
        assertEquals(new GeneratedKey(null, NodeKey.TYPE, 1, 1, 2, 1).hashCode(),
                new NodeKey(null, NodeKey.TYPE, 1, 1, 2, 1).hashCode());
    }

    @Test
    void equalExactlyWhenEveryComponentIs() {
        Finding finding = new Finding("SL103", "n", Severity.WARNING, "A.java", 7, 3, "m", "fn", FIX,
                List.of(new RelatedLocation("s.yml", 2, 1, "fn")));
        assertEquals(finding, new Finding("SL103", "n", Severity.WARNING, "A.java", 7, 3, "m", "fn",
                new Fix("Set a timeout", FIX.edits()), List.of(new RelatedLocation("s.yml", 2, 1, "fn"))));
        List<Finding> others = List.of(
                new Finding("SL104", "n", Severity.WARNING, "A.java", 7, 3, "m", "fn", FIX, finding.related()),
                new Finding("SL103", "o", Severity.WARNING, "A.java", 7, 3, "m", "fn", FIX, finding.related()),
                new Finding("SL103", "n", Severity.ERROR, "A.java", 7, 3, "m", "fn", FIX, finding.related()),
                new Finding("SL103", "n", Severity.WARNING, "B.java", 7, 3, "m", "fn", FIX, finding.related()),
                new Finding("SL103", "n", Severity.WARNING, "A.java", 8, 3, "m", "fn", FIX, finding.related()),
                new Finding("SL103", "n", Severity.WARNING, "A.java", 7, 4, "m", "fn", FIX, finding.related()),
                new Finding("SL103", "n", Severity.WARNING, "A.java", 7, 3, "x", "fn", FIX, finding.related()),
                new Finding("SL103", "n", Severity.WARNING, "A.java", 7, 3, "m", null, FIX, finding.related()),
                new Finding("SL103", "n", Severity.WARNING, "A.java", 7, 3, "m", "fn", null, finding.related()),
                new Finding("SL103", "n", Severity.WARNING, "A.java", 7, 3, "m", "fn", FIX, List.of()));
        others.forEach(other -> assertNotEquals(finding, other));
        assertNotEquals(FIX, new Fix("Set a timeout", FIX.edits().subList(0, 1)));
        assertNotEquals(FIX.edits().get(0), TextEdit.insert(new SourcePosition(3, 9), ".timeout(6)"));
        assertNotEquals(new SourcePosition(3, 9), new SourcePosition(9, 3));
        assertNotEquals(new RelatedLocation("s.yml", 2, 1, "fn"), new RelatedLocation("s.yml", 2, 1, "gn"));
        NodeKey key = new NodeKey("A.java", NodeKey.METHOD, 3, 5, 9, 6);
        assertEquals(key, new NodeKey("A.java", NodeKey.METHOD, 3, 5, 9, 6));
        List.of(new NodeKey("B.java", NodeKey.METHOD, 3, 5, 9, 6), new NodeKey("A.java", NodeKey.TYPE, 3, 5, 9, 6),
                new NodeKey("A.java", NodeKey.METHOD, 4, 5, 9, 6), new NodeKey("A.java", NodeKey.METHOD, 3, 6, 9, 6),
                new NodeKey("A.java", NodeKey.METHOD, 3, 5, 8, 6), new NodeKey("A.java", NodeKey.METHOD, 3, 5, 9, 7))
                .forEach(other -> assertNotEquals(key, other));
    }
}
