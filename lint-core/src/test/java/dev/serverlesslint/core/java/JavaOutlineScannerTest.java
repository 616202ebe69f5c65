package dev.serverlesslint.core.java;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JavaOutlineScannerTest {

    private static Map<String, Set<String>> types(JavaOutline outline) {
        return outline.types().stream().collect(Collectors.toMap(JavaOutline.DeclaredType::name,
                JavaOutline.DeclaredType::headerNames, (a, b) -> a, TreeMap::new));
    }

    @Test
    void declarationsOfEveryKindWithTheirHeaders() {
        JavaOutline outline = JavaOutlineScanner.scan("src/A.java", String.join("\n",
                "@Generated(\"x\") package com.example.orders;",
                "import java.util.List;",
                "public final class OrderHandler extends BaseHandler<Order>",
                "        implements RequestHandler<Map<String, Object>, String>, Closeable {",
                "  interface Port permits Impl {}",
                "  enum Kind implements Labelled { A, B }",
                "  record Line(Item item, int count) implements Comparable<Line> {}",
                "  @interface Marker {}",
                "  void m() { class Local {} Class<?> c = Other.class; int record = 1; record(record); }",
                "}"));
        assertEquals("com.example.orders", outline.packageName());
        assertEquals(Map.of(
                "OrderHandler", Set.of("BaseHandler", "Order", "RequestHandler", "Map", "String", "Object", "Closeable"),
                "Port", Set.of("Impl"),
                "Kind", Set.of("Labelled"),
                "Line", Set.of("Item", "item", "count", "Comparable", "Line"),
                "Marker", Set.of(),
                "Local", Set.of()), types(outline));
        assertTrue(outline.names().containsAll(Set.of("Generated", "java", "util", "List", "Other", "record", "m", "c")));
        assertFalse(outline.names().contains("class"), "keywords are left out");
    }

    @Test
    void importsQualifiedNamesOfNestedTypesAndDottedNames() {
        String code = String.join("\n",
                "package com.example;",
                "import java.util.List;",
                "import static com.example.text.Strings.trim;",
                "import com.example.util.*;",
                "import static org.Assert.*;",
                "class Outer extends com.example.base.Base<List<String>> {",
                "  static class Inner implements Runnable { enum Kind { A { void x() {} } } }",
                "  void m() { class Local {} Runnable r = new Runnable() { class InAnonymous {} };",
                "    java.time.Instant t = java.time.Instant.now(); String s = this.name.trim(); Outer.Inner.Kind k; }",
                "}",
                "record Top(int a) {}");
        JavaOutline outline = JavaOutlineScanner.scan("src/Outer.java", code);
        assertEquals(List.of(new JavaOutline.Import("java.util.List", false, false),
                new JavaOutline.Import("com.example.text.Strings.trim", true, false),
                new JavaOutline.Import("com.example.util", false, true),
                new JavaOutline.Import("org.Assert", true, true)), outline.imports());
        assertEquals(List.of("com.example.Outer", "com.example.Outer.Inner", "com.example.Outer.Inner.Kind",
                        "com.example.Outer.Local", "com.example.Outer.InAnonymous", "com.example.Top"),
                outline.types().stream().map(JavaOutline.DeclaredType::qualifiedName).toList());
        assertEquals(Set.of("com.example.base.Base", "java.time.Instant", "java.time.Instant.now", "name.trim",
                "Outer.Inner.Kind"), outline.dottedNames());
        assertEquals("List", outline.imports().get(0).importedSimpleName());
        assertEquals("", outline.imports().get(2).importedSimpleName());
    }

    @Test
    void commentsAndLiteralsHoldNoNames() {
        JavaOutline outline = JavaOutlineScanner.scan("src/B.java", String.join("\n",
                "class B { // class InLineComment",
                "  /* class InBlockComment */ String s = \"class InString \\\" Escaped\";",
                "  char q = '\\''; char d = '\"'; String t = \"\"\"",
                "      class InTextBlock \\\"\"\" still inside",
                "      \"\"\";",
                "  long n = 0x1F_FFL; double e = 1.5e10; Visible v;",
                "}"));
        assertEquals(List.of("B"), outline.types().stream().map(JavaOutline.DeclaredType::name).toList());
        assertEquals(Set.of("B", "String", "s", "q", "d", "t", "n", "e", "Visible", "v"), outline.names());
    }

    @Test
    void unicodeEscapesAreReadAsTheCompilerReadsThem() {
        // the escapes spell "class" and "Fee", and a line break that ends the line comment
        JavaOutline outline = JavaOutlineScanner.scan("src/C.java", String.join("\n",
                "\\u0063lass Escaped extends \\u0046ee {",
                "  // hidden \\u000a Visible v;",
                "}"));
        assertEquals(Map.of("Escaped", Set.of("Fee")), types(outline));
        assertEquals(Set.of("Escaped", "Fee", "Visible", "v"), outline.names());
    }

    @Test
    void unfinishedOrNonJavaTextYieldsAnOutlineWithoutFailing() {
        assertEquals(List.of("Broken"), JavaOutlineScanner.scan("x", "class Broken extends \"unclosed")
                .types().stream().map(JavaOutline.DeclaredType::name).toList());
        assertEquals("", JavaOutlineScanner.scan("x", "/* never closed class Hidden").packageName());
        assertTrue(JavaOutlineScanner.scan("x", "").types().isEmpty());
        assertTrue(JavaOutlineScanner.scan("x", "class").types().isEmpty());
        assertEquals(Set.of("Ünïcødé", "名前"), JavaOutlineScanner.scan("x", "Ünïcødé 名前 \u0000 #").names());
    }

    @Test
    void outlinesOfOneRunShareOneStringPerIdentifier() {
        OutlineStrings strings = new OutlineStrings();
        JavaOutline first = JavaOutlineScanner.scan("A.java", "class A { Order order; Order other; }", strings);
        JavaOutline second = JavaOutlineScanner.scan("B.java", "class B extends Order { Order again; }", strings);
        String order = named(first, "Order");
        assertSame(order, named(second, "Order"));
        assertSame(order, second.types().get(0).headerNames().iterator().next());
        assertEquals(Set.of("A", "Order", "order", "other"), first.names());
    }

    @Test
    void everyIdentifierOfAnImportOrThePackageIsAName() {
        JavaOutline outline = JavaOutlineScanner.scan("x", "package a.b; import static c.static.D.*; class E {}");
        assertEquals(Set.of("a", "b", "c", "static", "D", "E"), outline.names());
        assertEquals(List.of(new JavaOutline.Import("c.static.D", true, true)), outline.imports());
    }

    private static String named(JavaOutline outline, String name) {
        return outline.names().stream().filter(name::equals).findFirst().orElseThrow();
    }
}
