package dev.serverlesslint.rules;

import dev.serverlesslint.fixtures.RuleCheck;
import dev.serverlesslint.rules.lifecycle.SystemExitRule;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The single-rule helper fails on a wrong message, severity or column, not only on a wrong line. */
class RuleCheckSelfTest {

    private static final String HANDLER = """
            package com.example;
            public class H implements com.amazonaws.services.lambda.runtime.RequestHandler<String, String> {
                public String handleRequest(String in, com.amazonaws.services.lambda.runtime.Context c) {
                    System.exit(1); // expect: SL110 %s
                    return in;
                }
            }
            """;

    private static AssertionFailedError failure(String details) {
        return assertThrows(AssertionFailedError.class, () -> RuleCheck.of(new SystemExitRule())
                .addFile("src/main/java/com/example/H.java", HANDLER.formatted(details))
                .assertExpectations());
    }

    @Test
    void wrongDetailsFail() {
        assertTrue(failure("{{System.exit() is fine}}").getMessage().contains("expected: System.exit() is fine"));
        assertTrue(failure("severity=note").getMessage().contains("severity: expected note, actual error"));
        assertTrue(failure("column=1").getMessage().contains("column: expected 1, actual 9"));
    }

    @Test
    void rightDetailsPass() {
        RuleCheck.of(new SystemExitRule())
                .addFile("src/main/java/com/example/H.java", HANDLER.formatted("severity=error column=9"))
                .assertExpectations();
    }
}
