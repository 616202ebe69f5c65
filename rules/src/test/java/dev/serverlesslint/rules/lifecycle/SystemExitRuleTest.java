package dev.serverlesslint.rules.lifecycle;

import dev.serverlesslint.fixtures.RuleCheck;
import org.junit.jupiter.api.Test;

/** SL110 on its own: the message names the chain from the handler; init code is not flagged. */
class SystemExitRuleTest {

    @Test
    void exitReachedFromTheHandlerButNotFromInit() {
        RuleCheck.of(new SystemExitRule())
                .addFile("src/main/java/com/example/ShutdownHandler.java", """
                        package com.example;

                        import com.amazonaws.services.lambda.runtime.Context;
                        import com.amazonaws.services.lambda.runtime.RequestHandler;

                        public class ShutdownHandler implements RequestHandler<String, String> {
                            static {
                                if (System.getenv("TABLE") == null) {
                                    System.exit(1);
                                }
                            }

                            @Override
                            public String handleRequest(String input, Context context) {
                                if (input == null) {
                                    fail("no input");
                                }
                                return input;
                            }

                            private static void fail(String reason) {
                                System.err.println(reason);
                                System.exit(2); // expect: SL110 severity=error column=9 {{ShutdownHandler.handleRequest -> ShutdownHandler.fail -> System.exit() terminates the Lambda runtime: the invocation fails with Runtime.ExitError and the next request pays a cold start. Throw an exception or return an error response instead.}}
                            }
                        }
                        """)
                .assertExpectations();
    }
}
