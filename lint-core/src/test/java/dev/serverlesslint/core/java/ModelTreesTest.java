package dev.serverlesslint.core.java;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.serverlesslint.core.model.ProjectModel;
import dev.serverlesslint.core.packaging.ProjectPackaging;
import dev.serverlesslint.core.requestpath.CallChain;
import dev.serverlesslint.core.source.SourceFile;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The type index keeps a bounded number of trees and parses a file again after dropping its tree: answers
 * about a tree parsed again are those about the first parse, and a hold keeps the trees it touched.
 */
class ModelTreesTest {

    private static final JavaParser PARSER = new JavaParser(new ParserConfiguration()
            .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_21));

    private static final Map<String, String> FILES = new LinkedHashMap<>();

    static {
        FILES.put("a/OrderHandler.java", """
                package com.example.api;
                import com.amazonaws.services.lambda.runtime.RequestHandler;
                import com.example.data.OrderStore;
                public class OrderHandler implements RequestHandler<String, String> {
                    private final OrderStore store = new OrderStore();
                    public String handleRequest(String in, com.amazonaws.services.lambda.runtime.Context c) {
                        return validate(in);
                    }
                    private String validate(String in) {
                        store.save(in);
                        return in;
                    }
                }
                """);
        FILES.put("b/OrderStore.java", """
                package com.example.data;
                public class OrderStore extends BaseStore {
                    public void save(String order) {
                        write(order);
                    }
                }
                """);
        FILES.put("b/BaseStore.java", """
                package com.example.data;
                public class BaseStore {
                    protected void write(String order) {
                        flush();
                    }
                    void flush() {
                    }
                }
                """);
    }

    private static JavaSource parse(String path) {
        return new JavaSource(new SourceFile(Path.of(path), path), PARSER.parse(FILES.get(path)).getResult().orElseThrow());
    }

    /** Starts from the handler file; parses the others on demand and again when asked, keeping one tree. */
    private static final class OneTreeLoader implements JavaSourceLoader {
        int parses;

        @Override
        public List<JavaSource> declaring(String qualifiedName) {
            String path = switch (qualifiedName) {
                case "com.example.data.OrderStore" -> "b/OrderStore.java";
                case "com.example.data.BaseStore" -> "b/BaseStore.java";
                default -> null;
            };
            return path == null || loaded.contains(path) ? List.of() : List.of(load(path));
        }

        private final java.util.Set<String> loaded = new java.util.TreeSet<>();

        private JavaSource load(String path) {
            loaded.add(path);
            return reload(path);
        }

        @Override
        public List<JavaSource> subtypeCandidates(String qualifiedName) {
            return List.of();
        }

        @Override
        public JavaSource reload(String path) {
            parses++;
            return parse(path);
        }

        @Override
        public int order(String path) {
            return List.copyOf(FILES.keySet()).indexOf(path);
        }

        @Override
        public List<String> loaded() {
            return List.copyOf(loaded);
        }

        @Override
        public long treeBudgetLines() {
            return 1;
        }
    }

    @Test
    void aTreeParsedAgainGivesTheSameChainsAndTypesAsTheFirstParse() {
        OneTreeLoader loader = new OneTreeLoader();
        JavaSource handler = parse("a/OrderHandler.java");
        ProjectModel model = new ProjectModel(List.of(handler), List.of(), List.of(), ProjectPackaging.NONE, loader);
        ProjectTypes types = model.types();
        assertEquals(List.of("a/OrderHandler.java", "b/OrderStore.java", "b/BaseStore.java"),
                model.javaSourcePaths());

        // the walk parsed OrderStore and BaseStore after the handler: the handler's tree was dropped
        JavaSource again = types.source("a/OrderHandler.java").orElseThrow();
        assertNotSame(handler, again, "parsed again");
        assertTrue(loader.parses > 2);
        for (JavaSource tree : List.of(handler, again)) {
            MethodCallExpr save = tree.unit().findAll(MethodCallExpr.class).stream()
                    .filter(call -> call.getNameAsString().equals("save")).findFirst().orElseThrow();
            assertEquals("OrderHandler.handleRequest -> OrderHandler.validate",
                    model.requestPaths().chainTo(save).map(CallChain::describe).orElseThrow());
            assertTrue(model.requestPaths().reaches(tree.unit()));
            TypeDeclaration<?> type = tree.unit().getType(0);
            assertTrue(model.requestPaths().isHandlerType(type));
            assertEquals("a/OrderHandler.java", types.pathOf(type));
            List<MethodDeclaration> handlers = model.requestPaths().handlerMethodsIn(tree.unit());
            assertEquals(1, handlers.size());
            assertSame(tree.unit(), handlers.get(0).findCompilationUnit().orElseThrow(), "nodes of the tree asked about");
        }
        assertTrue(types.same(handler.unit().getType(0), again.unit().getType(0)));
        assertFalse(types.same(handler.unit().getType(0), parse("a/OrderHandler.java").unit().getType(0)),
                "a tree the index did not parse or adopt is not the index's");

        MethodCallExpr flush = types.source("b/BaseStore.java").orElseThrow().unit().findAll(MethodCallExpr.class)
                .get(0);
        assertEquals("OrderHandler.handleRequest -> OrderHandler.validate -> OrderStore.save -> BaseStore.write",
                model.requestPaths().chainTo(flush).map(CallChain::describe).orElseThrow());
        TypeDeclaration<?> store = types.named("com.example.data.OrderStore").get(0);
        assertEquals("BaseStore", types.superclass(store).orElseThrow().getNameAsString());
    }

    @Test
    void aHoldKeepsTheTreesItTouchedTheSameInstances() {
        OneTreeLoader loader = new OneTreeLoader();
        ProjectModel model = new ProjectModel(List.of(parse("a/OrderHandler.java")), List.of(), List.of(),
                ProjectPackaging.NONE, loader);
        ProjectTypes types = model.types();
        try (ProjectTypes.Hold hold = types.hold()) {
            TypeDeclaration<?> store = types.named("com.example.data.OrderStore").get(0);
            TypeDeclaration<?> base = types.named("com.example.data.BaseStore").get(0);
            assertSame(store, types.named("com.example.data.OrderStore").get(0));
            assertSame(base, types.superclass(store).orElseThrow());
        }
        TypeDeclaration<?> store = types.named("com.example.data.OrderStore").get(0);
        types.named("com.example.data.BaseStore");
        assertNotSame(store, types.named("com.example.data.OrderStore").get(0), "one tree kept, outside a hold");
    }
}
