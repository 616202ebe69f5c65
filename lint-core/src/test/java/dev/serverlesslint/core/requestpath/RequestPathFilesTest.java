package dev.serverlesslint.core.requestpath;

import dev.serverlesslint.core.java.JavaOutline;
import dev.serverlesslint.core.java.JavaOutlineScanner;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RequestPathFilesTest {

    private final List<JavaOutline> outlines = new ArrayList<>();

    private RequestPathFilesTest file(String path, String code) {
        outlines.add(JavaOutlineScanner.scan(path, code));
        return this;
    }

    private List<String> selected(List<String> handlerClasses) {
        return RequestPathFiles.select(outlines, handlerClasses).stream().mapToObj(i -> outlines.get(i).path()).toList();
    }

    @Test
    void handlersAndEverythingTheyNameOrDispatchToAreSelected() {
        file("Base.java", "abstract class Base<I> implements RequestHandler<I, String> {}")
                .file("OrderHandler.java", "class OrderHandler extends Base<Order> { Repo repo; "
                        + "public String handleRequest(Order o, Context c) { return repo.save(o); } }")
                .file("Order.java", "record Order(String id) {}")
                .file("Repo.java", "interface Repo { String save(Order o); }")
                .file("DynamoRepo.java", "class DynamoRepo implements Repo { public String save(Order o) { return Ids.next(); } }")
                .file("Ids.java", "final class Ids { static String next() { return \"1\"; } }")
                .file("other/Ids.java", "final class Ids { }")
                .file("Unrelated.java", "package com.example; class Unrelated { void run() { new Thread().start(); } }")
                .file("Report.java", "class Report { Ids ids; }");
        assertEquals(List.of("Base.java", "OrderHandler.java", "Order.java", "Repo.java", "DynamoRepo.java",
                "Ids.java", "other/Ids.java"), selected(List.of()));
    }

    @Test
    void configuredHandlersAndMicronautHandlersAreStartingPoints() {
        file("Api.java", "package com.example; class Api { public String handle(Input in) { return in.text(); } }")
                .file("Input.java", "package com.example; record Input(String text) {}")
                .file("Fn.java", "class Fn extends MicronautRequestHandler<String, String> {}")
                .file("Lonely.java", "class Lonely {}");
        assertEquals(List.of("Fn.java"), selected(List.of()));
        assertEquals(List.of("Api.java", "Input.java", "Fn.java"), selected(List.of("com.example.Api")));
    }

    private List<String> selectedFor(List<String> checkedPaths, List<String> checkedClasses) {
        java.util.BitSet checked = new java.util.BitSet();
        for (int i = 0; i < outlines.size(); i++) {
            if (checkedPaths.contains(outlines.get(i).path())) {
                checked.set(i);
            }
        }
        return RequestPathFiles.selectFor(outlines, List.of(), checked, checkedClasses).stream()
                .mapToObj(i -> outlines.get(i).path()).toList();
    }

    @Test
    void checkingAFewFilesNeedsOnlyTheHandlersThatReachThemAndWhatThoseReach() {
        file("Orders.java", "package com.example; class Orders implements RequestHandler<String, String> { Store s; }")
                .file("Store.java", "package com.example; class Store { Clock c; }")
                .file("Clock.java", "package com.example; class Clock {}")
                .file("Payments.java", "package com.example; class Payments implements RequestHandler<String, String> { Ledger l; }")
                .file("Ledger.java", "package com.example; class Ledger {}")
                .file("Unrelated.java", "package com.example; class Unrelated { Clock c; }");
        assertEquals(List.of("Orders.java", "Store.java", "Clock.java"), selectedFor(List.of("Clock.java"), List.of()));
        assertEquals(List.of("Payments.java", "Ledger.java"), selectedFor(List.of("Payments.java"), List.of()));
        assertEquals(List.of(), selectedFor(List.of("Unrelated.java"), List.of()));
        assertEquals(List.of("Payments.java", "Ledger.java"), selectedFor(List.of(),
                List.of("com.example.Payments")));
    }

    @Test
    void aNameReachesOnlyTheFilesItCanResolveTo() {
        file("svc/Handler.java", String.join("\n",
                "package com.example.svc;",
                "import com.amazonaws.services.lambda.runtime.Context;",
                "import java.util.function.Function;",
                "import com.example.util.*;",
                "import static com.example.text.Strings.trim;",
                "class Handler implements RequestHandler<String, String> {",
                "  Function<String, String> f; Map<String, Builder> m; Helper h; com.example.ids.Ids ids;",
                "  public String handleRequest(String in, Context c) { return trim(in) + Clock.now(); }",
                "}"))
                .file("svc/Clock.java", "package com.example.svc; class Clock { static long now() { return 0; } }")
                .file("svc/Builder.java", "package com.example.svc; class Builder {}")
                .file("util/Helper.java", "package com.example.util; public class Helper {}")
                .file("text/Strings.java", "package com.example.text; public class Strings { static String trim(String s) { return s; } }")
                .file("ids/Ids.java", "package com.example.ids; public class Ids {}")
                .file("other/Context.java", "package com.example.other; public interface Context {}")
                .file("other/Function.java", "package com.example.other; public interface Function {}")
                .file("other/Map.java", "package com.example.other; public class Map {}")
                .file("other/Helper.java", "package com.example.other; public class Helper {}")
                .file("other/Clock.java", "package com.example.other; public class Clock {}");
        assertEquals(List.of("svc/Handler.java", "svc/Clock.java", "svc/Builder.java", "util/Helper.java",
                "text/Strings.java", "ids/Ids.java"), selected(List.of()));
    }

    @Test
    void subtypesAreFollowedThroughTheNamesTheirHeadersResolveTo() {
        file("a/Port.java", "package com.a; public interface Port { void send(); }")
                .file("a/Handler.java", "package com.a; class Handler implements RequestHandler<String, String> { Port p; }")
                .file("b/Impl.java", "package com.b; import com.a.Port; class Impl implements Port { public void send() {} }")
                .file("c/Qualified.java", "package com.c; class Qualified implements com.a.Port { public void send() {} }")
                .file("d/Nested.java", "package com.d; import com.a.*; class Outer { static class Nested implements Port {} }")
                .file("e/Elsewhere.java", "package com.e; import com.x.Port; class Elsewhere implements Port {}")
                .file("f/OtherPort.java", "package com.f; class OtherImpl implements Port {}");
        assertEquals(List.of("a/Port.java", "a/Handler.java", "b/Impl.java", "c/Qualified.java", "d/Nested.java"),
                selected(List.of()));
    }

    @Test
    void nestedHandlerClassesAreFoundByTheirBinaryName() {
        file("Fns.java", "package com.example; class Fns { static class Api { String handle(Req r) { return r.id(); } } }")
                .file("Req.java", "package com.example; record Req(String id) {}")
                .file("other/Api.java", "package com.other; class Api {}");
        assertEquals(List.of("Fns.java", "Req.java"),
                selected(List.of("com.example.Fns$Api")));
    }

    @Test
    void aProjectWithoutHandlersNeedsNoTrees() {
        file("A.java", "class A { B b; }").file("B.java", "class B extends A {}");
        assertEquals(List.of(), selected(List.of()));
    }
}
