package dev.serverlesslint.core.requestpath;

import dev.serverlesslint.core.java.JavaOutline;
import dev.serverlesslint.core.java.JavaOutlineScanner;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The edges the selection follows ({@link RequestPathFiles#edges}, computed from an index of the project's
 * types by simple name) are those of the definition: every meaning of every name
 * ({@link RequestPathFiles#forEachMeaning}) looked up as a qualified name, as the selection computed them
 * before the index.
 */
class RequestPathFilesEdgesTest {

    @Test
    void edgesOfEveryFixtureFileAreThoseOfTheDefinition() {
        List<JavaOutline> all = new ArrayList<>();
        try (Stream<Path> projects = Files.list(Path.of("..", "test-fixtures", "projects"))) {
            for (Path project : projects.sorted().toList()) {
                List<JavaOutline> outlines = outlinesUnder(project);
                assertSameEdges(outlines);
                all.addAll(outlines);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTrue(all.size() > 100, "the fixtures' Java files: " + all.size());
        // all fixtures as one project: many types of the same simple name in different packages
        assertSameEdges(all);
    }

    @Test
    void importsPackagesAndHeadersGiveTheEdgesOfTheDefinition() {
        List<JavaOutline> outlines = Stream.of(
                "package com.a; import com.b.Item; import com.c.*; import static com.d.Util.*; "
                        + "import static com.d.Util.helper; class Uses extends Item implements Port { Port p; Util u; }",
                "package com.a; import com.b.Item; class Field { Item i; Other o; }",
                "package com.a; class Item {}",
                "package com.a; class Other {}",
                "package com.b; public class Item {}",
                "package com.c; public interface Port {}",
                "package com.c; class Item {}",
                "package com.d; public class Util { static class Item {} }",
                "class Item {}",
                "class Port {}",
                "import com.b.Item; class Default implements Item, com.c.Port { com.d.Util.Item n; }",
                "package com.e; import com.d.Util; class Nested { Util.Item item; static class Port {} Port p; }",
                "package com.f; import com.b.Item; import com.a.Item; class Twice { Item i; }",
                "package com.g; import com.c.Port.*; import java.util.*; class Wild implements Port { List<Item> items; }",
                "import Item; class Undotted { Item i; }")
                .map(code -> JavaOutlineScanner.scan("F" + code.hashCode() + ".java", code)).toList();
        assertSameEdges(outlines);
    }

    private static void assertSameEdges(List<JavaOutline> outlines) {
        RequestPathFiles index = RequestPathFiles.index(outlines);
        EdgesByDefinition definition = new EdgesByDefinition(outlines);
        for (int file = 0; file < outlines.size(); file++) {
            List<Integer> edges = new ArrayList<>();
            for (int to : index.edges(file)) {
                edges.add(to);
            }
            assertEquals(List.copyOf(definition.edges(file)), edges, outlines.get(file).path());
        }
    }

    private static List<JavaOutline> outlinesUnder(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java") && !f.toString().contains("target")).sorted()
                    .map(file -> JavaOutlineScanner.scan(root.relativize(file).toString(), read(file))).toList();
        }
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The edges as the selection's documentation defines them, each meaning of a name looked up. */
    private static final class EdgesByDefinition {
        private final List<JavaOutline> outlines;
        private final Map<String, Set<Integer>> declaringFiles = new HashMap<>();
        private final Map<String, Set<Integer>> subtypeFiles = new HashMap<>();

        EdgesByDefinition(List<JavaOutline> outlines) {
            this.outlines = outlines;
            for (int file = 0; file < outlines.size(); file++) {
                for (JavaOutline.DeclaredType type : outlines.get(file).types()) {
                    declaringFiles.computeIfAbsent(type.qualifiedName(), k -> new HashSet<>()).add(file);
                }
            }
            for (int file = 0; file < outlines.size(); file++) {
                JavaOutline outline = outlines.get(file);
                int subtype = file;
                Consumer<String> add = name -> subtypeFiles.computeIfAbsent(name, k -> new HashSet<>()).add(subtype);
                Set<String> headerNames = headerNames(outline);
                for (String headerName : headerNames) {
                    RequestPathFiles.forEachMeaning(outline, headerName, true, add);
                }
                for (String dotted : outline.dottedNames()) {
                    if (headerNames.contains(dotted.substring(dotted.lastIndexOf('.') + 1))) {
                        RequestPathFiles.forEachPrefix(dotted, add);
                    }
                }
            }
        }

        TreeSet<Integer> edges(int file) {
            JavaOutline outline = outlines.get(file);
            TreeSet<Integer> edges = new TreeSet<>();
            Consumer<String> declaredIn = name -> edges.addAll(declaringFiles.getOrDefault(name, Set.of()));
            Set<String> headerNames = headerNames(outline);
            for (String name : outline.names()) {
                RequestPathFiles.forEachMeaning(outline, name, headerNames.contains(name), declaredIn);
            }
            outline.dottedNames().forEach(dotted -> RequestPathFiles.forEachPrefix(dotted, declaredIn));
            outline.imports().forEach(imported -> RequestPathFiles.forEachPrefix(imported.name(), declaredIn));
            for (JavaOutline.DeclaredType type : outline.types()) {
                edges.addAll(subtypeFiles.getOrDefault(type.qualifiedName(), Set.of()));
            }
            return edges;
        }

        private static Set<String> headerNames(JavaOutline outline) {
            Set<String> names = new HashSet<>();
            outline.types().forEach(type -> names.addAll(type.headerNames()));
            return names;
        }
    }
}
