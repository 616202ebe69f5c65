package dev.serverlesslint.rules.timeouts;

import dev.serverlesslint.fixtures.RuleCheck;
import org.junit.jupiter.api.Test;

/** SL202 on timeouts written in forms that are not a plain integer: judged or reported, never skipped. */
class UnreadableTimeoutTest {

    @Test
    void exponentHexInfinityAndOverflowingTimeoutsAreReported() {
        RuleCheck.of(new TimeoutOutOfRangeRule())
                .addFile("serverless.yml", """
                        service: jobs
                        provider:
                          name: aws
                          runtime: java21
                        functions:
                          exponent:
                            handler: a.A
                            timeout: 1e3 # expect: SL202 severity=error column=14 {{Function 'exponent': timeout '1e3' is not a whole number of seconds, so it was not checked; Lambda takes a whole number from 1 to 900, and YAML tools read forms such as 1e3, 0x3E8 or .inf differently. Set a timeout between 1 and 900 s, written as a plain integer.}}
                          hex:
                            handler: a.A
                            timeout: 0x3E8 # expect: SL202 {{Function 'hex': timeout '0x3E8' is not a whole number of seconds, so it was not checked; Lambda takes a whole number from 1 to 900, and YAML tools read forms such as 1e3, 0x3E8 or .inf differently. Set a timeout between 1 and 900 s, written as a plain integer.}}
                          infinite:
                            handler: a.A
                            timeout: .inf # expect: SL202 {{Function 'infinite': timeout '.inf' is not a whole number of seconds, so it was not checked; Lambda takes a whole number from 1 to 900, and YAML tools read forms such as 1e3, 0x3E8 or .inf differently. Set a timeout between 1 and 900 s, written as a plain integer.}}
                          overflow:
                            handler: a.A
                            timeout: 2147483648 # expect: SL202 {{Function 'overflow': timeout '2147483648' is outside Lambda's range of 1 to 900 s, so the deployment fails. Set a timeout between 1 and 900 s, written as a plain integer.}}
                          fine:
                            handler: a.A
                            timeout: 30
                          computed:
                            handler: a.A
                            timeout: ${self:custom.timeout}
                        """)
                .assertExpectations();
    }

    @Test
    void anUnreadableProviderTimeoutIsReportedOnceWhereItIsWritten() {
        RuleCheck.of(new TimeoutOutOfRangeRule())
                .addFile("serverless.yml", """
                        service: jobs
                        provider:
                          name: aws
                          runtime: java21
                          timeout: 1.5e2 # expect: SL202 {{Functions 'a', 'b' (inherited value): timeout '1.5e2' is not a whole number of seconds, so it was not checked; Lambda takes a whole number from 1 to 900, and YAML tools read forms such as 1e3, 0x3E8 or .inf differently. Set a timeout between 1 and 900 s, written as a plain integer.}}
                        functions:
                          a:
                            handler: a.A
                          b:
                            handler: a.A
                        """)
                .assertExpectations();
    }
}
