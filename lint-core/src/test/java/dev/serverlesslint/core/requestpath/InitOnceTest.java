package dev.serverlesslint.core.requestpath;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.MethodCallExpr;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InitOnceTest {

    private static boolean guarded(String body) {
        CompilationUnit unit = StaticJavaParser.parse("class C { static Object client; Object own; boolean ready;"
                + " Object m(java.util.Map<String, Object> cache) { " + body + " return null; } }");
        MethodCallExpr marker = unit.findAll(MethodCallExpr.class).stream()
                .filter(c -> c.getNameAsString().equals("build")).findFirst().orElseThrow();
        return InitOnce.isGuarded(marker);
    }

    @Test
    void nullChecksThatAssignTheCheckedFieldAreInitOnce() {
        assertTrue(guarded("if (client == null) { client = B.build(); }"));
        assertTrue(guarded("if (null == this.own) this.own = B.build();"));
        assertTrue(guarded("if (C.client == null) { synchronized (C.class) { if (C.client == null) { C.client = B.build(); } } }"));
        assertTrue(guarded("if (!ready) { B.build(); ready = true; }"));
        assertTrue(guarded("if (client != null) { return client; } client = B.build();"));
        assertTrue(guarded("cache.computeIfAbsent(\"k\", k -> B.build());"));
    }

    @Test
    void otherConditionsAreNotInitOnce() {
        assertFalse(guarded("B.build();"));
        assertFalse(guarded("if (client == null) { own = B.build(); }"));
        assertFalse(guarded("if (client != null) { client = B.build(); }"));
        assertFalse(guarded("if (client == null) { } else { client = B.build(); }"));
        assertFalse(guarded("cache.forEach((k, v) -> B.build());"));
    }
}
