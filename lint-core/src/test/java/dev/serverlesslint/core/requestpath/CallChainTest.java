package dev.serverlesslint.core.requestpath;

import dev.serverlesslint.core.finding.RelatedLocation;
import dev.serverlesslint.core.finding.SourcePosition;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A chain extended call by call is the chain of the same lists. */
class CallChainTest {

    private static RelatedLocation step(String method, int line) {
        return new RelatedLocation("src/Orders.java", new SourcePosition(line, 5), method);
    }

    @Test
    void extendingAChainGivesTheChainOfTheLongerLists() {
        CallChain chain = CallChain.start(step("OrderHandler.handleRequest", 10))
                .then(step("OrderService.place", 20))
                .then(step("OrderRepository.save", 30));
        CallChain listed = new CallChain(List.of("OrderHandler.handleRequest", "OrderService.place", "OrderRepository.save"),
                List.of(step("OrderHandler.handleRequest", 10), step("OrderService.place", 20),
                        step("OrderRepository.save", 30)));
        assertEquals(listed, chain);
        assertEquals(listed.hashCode(), chain.hashCode());
        assertEquals(3, chain.length());
        assertEquals("OrderHandler.handleRequest", chain.handler());
        assertEquals("OrderHandler.handleRequest -> OrderService.place -> OrderRepository.save", chain.describe());
        assertEquals(List.of(10, 20, 30), chain.steps().stream().map(RelatedLocation::line).toList());
        assertEquals("CallChain[methods=[OrderHandler.handleRequest, OrderService.place, OrderRepository.save], steps="
                + chain.steps() + "]", chain.toString());
    }

    @Test
    void aChainWithoutStepsStaysWithout() {
        CallChain chain = new CallChain(List.of("Functions.orders (function)")).then(step("OrderService.place", 20));
        assertEquals(List.of("Functions.orders (function)", "OrderService.place"), chain.methods());
        assertEquals(List.of(), chain.steps());
        assertEquals(new CallChain(List.of("Functions.orders (function)", "OrderService.place")), chain);
    }

    @Test
    void aLongChainSharesItsCallersLinks() {
        CallChain chain = CallChain.start(step("Handler.handleRequest", 1));
        List<CallChain> all = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            chain = chain.then(step("Handler.m" + i, i + 2));
            all.add(chain);
        }
        assertEquals(20_001, chain.length());
        assertEquals("Handler.m19999", chain.methods().get(20_000));
        assertEquals(20_001, chain.steps().size());
        assertEquals(List.of("Handler.handleRequest", "Handler.m0"), all.get(0).methods());
    }

    @Test
    void malformedChainsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CallChain(List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new CallChain(List.of("A.a", "B.b"), List.of(step("A.a", 1))));
    }
}
