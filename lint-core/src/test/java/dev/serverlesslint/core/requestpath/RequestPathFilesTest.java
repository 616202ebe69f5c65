package dev.serverlesslint.core.requestpath;

import dev.serverlesslint.core.java.JavaOutline;
import dev.serverlesslint.core.java.JavaOutlineScanner;
import dev.serverlesslint.core.model.HandlerReference;
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

    private List<String> selected(List<HandlerReference> references) {
        return RequestPathFiles.select(outlines, references).stream().mapToObj(i -> outlines.get(i).path()).toList();
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
                .file("Unrelated.java", "class Unrelated { void run() { new Thread().start(); } }")
                .file("Report.java", "class Report { Ids ids; }");
        assertEquals(List.of("Base.java", "OrderHandler.java", "Order.java", "Repo.java", "DynamoRepo.java",
                "Ids.java", "other/Ids.java"), selected(List.of()));
    }

    @Test
    void configuredHandlersAndMicronautHandlersAreStartingPoints() {
        file("Api.java", "class Api { public String handle(Input in) { return in.text(); } }")
                .file("Input.java", "record Input(String text) {}")
                .file("Fn.java", "class Fn extends MicronautRequestHandler<String, String> {}")
                .file("Lonely.java", "class Lonely {}");
        assertEquals(List.of("Fn.java"), selected(List.of()));
        HandlerReference api = new HandlerReference("com.example.Api", "handle", null);
        assertEquals(List.of("Api.java", "Input.java", "Fn.java"), selected(List.of(api)));
    }

    private List<String> selectedFor(List<String> checkedPaths, List<HandlerReference> checkedReferences) {
        java.util.BitSet checked = new java.util.BitSet();
        for (int i = 0; i < outlines.size(); i++) {
            if (checkedPaths.contains(outlines.get(i).path())) {
                checked.set(i);
            }
        }
        return RequestPathFiles.selectFor(outlines, List.of(), checked, checkedReferences).stream()
                .mapToObj(i -> outlines.get(i).path()).toList();
    }

    @Test
    void checkingAFewFilesNeedsOnlyTheHandlersThatReachThemAndWhatThoseReach() {
        file("Orders.java", "class Orders implements RequestHandler<String, String> { Store s; }")
                .file("Store.java", "class Store { Clock c; }")
                .file("Clock.java", "class Clock {}")
                .file("Payments.java", "class Payments implements RequestHandler<String, String> { Ledger l; }")
                .file("Ledger.java", "class Ledger {}")
                .file("Unrelated.java", "class Unrelated { Clock c; }");
        assertEquals(List.of("Orders.java", "Store.java", "Clock.java"), selectedFor(List.of("Clock.java"), List.of()));
        assertEquals(List.of("Payments.java", "Ledger.java"), selectedFor(List.of("Payments.java"), List.of()));
        assertEquals(List.of(), selectedFor(List.of("Unrelated.java"), List.of()));
        assertEquals(List.of("Payments.java", "Ledger.java"), selectedFor(List.of(),
                List.of(new HandlerReference("com.example.Payments", "handleRequest", null))));
    }

    @Test
    void aProjectWithoutHandlersNeedsNoTrees() {
        file("A.java", "class A { B b; }").file("B.java", "class B extends A {}");
        assertEquals(List.of(), selected(List.of()));
    }
}
