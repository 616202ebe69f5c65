package dev.serverlesslint.core.engine;

import dev.serverlesslint.core.java.JavaOutline;
import dev.serverlesslint.core.java.JavaOutlineScanner;
import dev.serverlesslint.core.model.ProjectModel;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** When a stored per-file check may be reused: the invalidation rules of {@link IncrementalState#reusable}. */
class IncrementalStateTest {

    private static final CheckedFile NOTHING_FOUND = new CheckedFile(List.of(), List.of(), List.of(), null, false);
    private static final ProjectModel.NamesAsked ASKED = new ProjectModel.NamesAsked(Set.of("Ledger"), Set.of("Async"));

    private static final String A = "package p;\nclass A { int run(int n) { return n + 1; } }\n";
    private static final String B = "package p;\nclass B { }\n";
    private static final String H = "package p;\nclass H implements RequestHandler<String, String> { }\n";

    private final Map<String, String> sources = new HashMap<>(Map.of("A.java", A, "B.java", B, "H.java", H));

    /** A.java and B.java with stored checks, and the handler H.java that the model parsed. */
    private static IncrementalState stored() {
        OutlineTable table = new OutlineTable();
        return IncrementalState.of(Map.of(
                "A.java", state(table, "A.java", A, NOTHING_FOUND),
                "B.java", state(table, "B.java", B, null),
                "H.java", state(table, "H.java", H, NOTHING_FOUND)),
                Set.of("H.java"), ASKED.names(), ASKED.suffixes(), table.strings());
    }

    private static IncrementalState.FileState state(OutlineTable table, String path, String source,
                                                    CheckedFile check) {
        JavaOutline outline = JavaOutlineScanner.scan(path, source);
        return new IncrementalState.FileState(source, null, IncrementalState.declarationDigest(outline),
                IncrementalState.namesDigest(outline, ASKED), table.encode(outline), check);
    }

    /** The paths reusable after replacing text in one file (contents are digested as their text, here). */
    private Set<String> reusableAfter(String path, String text, String replacement) {
        sources.put(path, sources.get(path).replace(text, replacement));
        Map<String, JavaOutline> outlines = new HashMap<>();
        sources.forEach((file, source) -> outlines.put(file, JavaOutlineScanner.scan(file, source)));
        return stored().reusable(sources, outlines);
    }

    @Test
    void nothingChangedReusesEveryStoredCheck() {
        assertEquals(Set.of("A.java", "H.java"), reusableAfter("A.java", "", ""));
    }

    @Test
    void aBodyEditOutsideTheModelReusesTheOthers() {
        assertEquals(Set.of("H.java"), reusableAfter("A.java", "n + 1", "n + 2"));
        assertEquals(Set.of("H.java"), reusableAfter("A.java", "return n + 2;", "int m = n; return m + n;"),
                "a new identifier no question named");
        assertEquals(Set.of("H.java"), reusableAfter("A.java", "int run", "// a comment\n    int run"));
    }

    @Test
    void aChangedFileWithoutAStoredCheckStillAllowsTheOthers() {
        assertEquals(Set.of("A.java", "H.java"), reusableAfter("B.java", "{ }", "{\n}"));
    }

    @Test
    void aChangedFileTheModelParsedReusesNothing() {
        assertEquals(Set.of(), reusableAfter("H.java", "{ }", "{\n}"));
    }

    @Test
    void aChangedDeclarationReusesNothing() {
        assertEquals(Set.of(), reusableAfter("A.java", "class A", "class A2"));
        assertEquals(Set.of(), reusableAfter("B.java", "class B", "class B extends A"));
        assertEquals(Set.of(), reusableAfter("B.java", "package p;", "package p;\nimport q.*;"));
        assertEquals(Set.of(), reusableAfter("B.java", "package p;", "package p2;"));
        assertEquals(Set.of(), reusableAfter("B.java", "{ }", "{ class Inner { } }"));
    }

    @Test
    void anIdentifierTheModelReadsOrAQuestionNamedReusesNothing() {
        assertEquals(Set.of(), reusableAfter("A.java", "return n + 1;", "Ledger l = null; return n;"));
        assertEquals(Set.of(), reusableAfter("B.java", "{ }", "{ Object o = S3Async.create(); }"), "a suffix asked");
        assertEquals(Set.of(), reusableAfter("B.java", "{ }", "{ @Bean Supplier<String> s() { return null; } }"),
                "Spring function beans are chosen by identifiers");
    }

    @Test
    void anAddedOrRemovedFileReusesNothing() {
        sources.put("C.java", "class C { }");
        assertEquals(Set.of(), reusableAfter("A.java", "", ""));
        sources.remove("C.java");
        sources.remove("B.java");
        assertEquals(Set.of(), reusableAfter("A.java", "", ""));
    }

    @Test
    void theDeclarationDigestSeesDeclarationsButNotBodiesOrComments() {
        String base = "package p;\nimport q.R;\nclass A extends R { void run() { go(1); } }\n";
        String digest = digest(base);
        assertEquals(digest, digest(base.replace("go(1)", "stop(2); go(3)")), "bodies");
        assertEquals(digest, digest(base.replace("{ go", "{ // a comment\n go")), "comments, line shifts");
        assertNotEquals(digest, digest(base.replace("extends R", "extends R implements S")), "a header");
        assertNotEquals(digest, digest(base.replace("extends R", "extends q.R")), "a qualified supertype");
        assertNotEquals(digest, digest(base.replace("import q.R;", "import q.*;")), "an import");
        assertNotEquals(digest, digest(base.replace("package p;", "package p2;")), "the package");
        assertNotEquals(digest, digest(base.replace("class A", "class B")), "a declared type");
    }

    private static String digest(String source) {
        return IncrementalState.declarationDigest(JavaOutlineScanner.scan("A.java", source));
    }

    @Test
    void aFileStoredInAnotherShardThanItsPathsIsRefused() {
        IncrementalState state = stored();
        List<IncrementalState.Shard> shards = new java.util.ArrayList<>(state.shards());
        int shard = IncrementalState.shardOf("A.java");
        int other = (shard + 1) % IncrementalState.SHARDS;
        shards.set(other, shards.get(shard));
        assertThrows(IllegalArgumentException.class, () -> new IncrementalState(state.strings(), shards,
                state.modelFiles(), state.namesAsked(), state.suffixesAsked()));
        assertThrows(IllegalArgumentException.class, () -> new IncrementalState(state.strings(),
                shards.subList(1, shards.size()), state.modelFiles(), state.namesAsked(), state.suffixesAsked()));
    }

    @Test
    void aShardIsKeptOnlyWhenEachOfItsFilesWouldBeStoredTheSame() {
        IncrementalState state = stored();
        int index = IncrementalState.shardOf("A.java");
        Map<String, IncrementalState.FileState> same = new HashMap<>();
        state.shards().get(index).files().forEach((path, file) -> same.put(path,
                new IncrementalState.FileState(file.content(), file.stamp(), file.declarations(), file.names(),
                        new byte[0], file.check())));
        assertSame(state.shards().get(index), IncrementalState.sameShard(state, index, same),
                "the same files, states equal but for the outline's encoding");

        IncrementalState.FileState a = same.get("A.java");
        Map<String, IncrementalState.FileState> stamped = new HashMap<>(same);
        stamped.put("A.java", new IncrementalState.FileState(a.content(), "1:2:3:4:5", a.declarations(),
                a.names(), a.outline(), a.check()));
        assertNull(IncrementalState.sameShard(state, index, stamped), "a new stamp is stored");
        Map<String, IncrementalState.FileState> checked = new HashMap<>(same);
        checked.put("A.java", new IncrementalState.FileState(a.content(), a.stamp(), a.declarations(),
                a.names(), a.outline(), null));
        assertNull(IncrementalState.sameShard(state, index, checked), "another check");
        Map<String, IncrementalState.FileState> fewer = new HashMap<>(same);
        fewer.remove("A.java");
        assertNull(IncrementalState.sameShard(state, index, fewer), "a file fewer");
        assertNull(IncrementalState.sameShard(null, index, same), "no earlier state");
    }
}
