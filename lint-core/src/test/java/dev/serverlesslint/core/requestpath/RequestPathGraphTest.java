package dev.serverlesslint.core.requestpath;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.serverlesslint.core.java.JavaSource;
import dev.serverlesslint.core.model.ProjectModel;
import dev.serverlesslint.core.source.SourceFile;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RequestPathGraphTest {

    private static final JavaParser PARSER = new JavaParser(new ParserConfiguration()
            .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_21));

    private final List<JavaSource> sources = new ArrayList<>();

    private void source(String path, String code) {
        CompilationUnit unit = PARSER.parse(code).getResult().orElseThrow();
        sources.add(new JavaSource(new SourceFile(Path.of(path), path), unit));
    }

    /** The chain to the (first) call of the method named {@code marker}, or "-" when not request path. */
    private String chainToCall(String marker) {
        ProjectModel model = new ProjectModel(sources, List.of());
        for (JavaSource source : sources) {
            Optional<MethodCallExpr> call = source.unit().findAll(MethodCallExpr.class).stream()
                    .filter(c -> c.getNameAsString().equals(marker))
                    .findFirst();
            if (call.isPresent()) {
                return model.requestPaths().chainTo(call.get()).map(CallChain::describe).orElse("-");
            }
        }
        throw new AssertionError("no call " + marker);
    }

    @Test
    void followsFieldsAcrossPackagesAndInterfacesToImplementations() {
        source("a/OrderHandler.java", """
                package com.example.api;
                import com.amazonaws.services.lambda.runtime.RequestHandler;
                import com.example.data.OrderStore;
                import com.example.data.DynamoOrderStore;
                public class OrderHandler implements RequestHandler<String, String> {
                    private final OrderStore store = new DynamoOrderStore();
                    public String handleRequest(String in, com.amazonaws.services.lambda.runtime.Context c) {
                        store.save(in);
                        return in;
                    }
                }
                """);
        source("b/OrderStore.java", """
                package com.example.data;
                public interface OrderStore { void save(String order); }
                """);
        source("b/DynamoOrderStore.java", """
                package com.example.data;
                public class DynamoOrderStore implements OrderStore {
                    public DynamoOrderStore() { initMarker(); }
                    public void save(String order) { Writer.write(order); }
                }
                """);
        source("b/Writer.java", """
                package com.example.data;
                final class Writer {
                    static void write(String order) { helper(order); }
                    static void write(String order, int retries) { overloadMarker(); }
                    private static void helper(String o) { new Runnable() { public void run() { marker(); } }.run(); }
                }
                """);
        assertEquals("OrderHandler.handleRequest -> DynamoOrderStore.save -> Writer.write -> Writer.helper",
                chainToCall("marker"));
        assertEquals("-", chainToCall("overloadMarker"));
        assertEquals("-", chainToCall("initMarker"));
    }

    @Test
    void abstractBaseHandlerDispatchesToSubclassAndNewIsRequestPath() {
        source("Base.java", """
                package p;
                public abstract class BaseHandler<I, O> implements com.amazonaws.services.lambda.runtime.RequestHandler<I, O> {
                    public O handleRequest(I input, Context context) { return process(input); }
                    protected abstract O process(I input);
                }
                """);
        source("Orders.java", """
                package p;
                public class Orders extends BaseHandler<String, String> {
                    static { staticMarker(); }
                    protected String process(String input) { return new Repo().find(input); }
                }
                class Repo {
                    private final Object client = clientMarker();
                    Repo() { ctorMarker(); }
                    String find(String id) { return id; }
                }
                class Unused { void x() { unusedMarker(); } }
                """);
        assertEquals("BaseHandler.handleRequest -> Orders.process -> new Repo", chainToCall("ctorMarker"));
        assertEquals("BaseHandler.handleRequest -> Orders.process -> new Repo", chainToCall("clientMarker"));
        assertEquals("-", chainToCall("staticMarker"));
        assertEquals("-", chainToCall("unusedMarker"));
    }

    @Test
    void methodReferencesLambdasAndShortestChain() {
        source("H.java", """
                package p;
                import java.util.List;
                public class H implements RequestStreamHandler {
                    public void handleRequest(java.io.InputStream in, java.io.OutputStream out, Context c) {
                        List.of("a").forEach(this::each);
                        deep();
                    }
                    private void each(String s) { Util.shared(); }
                    private void deep() { deeper(); }
                    private void deeper() { Util.shared(); }
                }
                class Util { static void shared() { target(); } }
                """);
        assertEquals("H.handleRequest -> H.each -> Util.shared", chainToCall("target"));
    }

    @Test
    void nestedTypesStaticImportsAndTestDoubles() {
        source("src/main/java/p/H.java", """
                package p;
                import static p.Support.helper;
                public class H implements RequestHandler<String, String> {
                    private final Store store;
                    public H(Store store) { this.store = store; }
                    public String handleRequest(String in, Context c) {
                        helper();
                        new Inner().run();
                        store.put(in);
                        return in;
                    }
                    static class Inner { void run() { innerMarker(); } }
                }
                """);
        source("src/main/java/p/Support.java", """
                package p;
                public final class Support { public static void helper() { staticImportMarker(); } }
                """);
        source("src/main/java/p/Store.java", """
                package p;
                public interface Store { void put(String s); }
                """);
        source("src/test/java/p/FakeStore.java", """
                package p;
                class FakeStore implements Store { public void put(String s) { fakeMarker(); } }
                """);
        assertEquals("H.handleRequest -> Inner.run", chainToCall("innerMarker"));
        assertEquals("H.handleRequest -> Support.helper", chainToCall("staticImportMarker"));
        assertEquals("-", chainToCall("fakeMarker"));
    }
}
