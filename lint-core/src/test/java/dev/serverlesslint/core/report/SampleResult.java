package dev.serverlesslint.core.report;

import dev.serverlesslint.core.engine.InternalError;
import dev.serverlesslint.core.engine.LintResult;
import dev.serverlesslint.core.engine.RuleSet;
import dev.serverlesslint.core.finding.Finding;
import dev.serverlesslint.core.finding.Fix;
import dev.serverlesslint.core.finding.RelatedLocation;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.finding.SourcePosition;
import dev.serverlesslint.core.finding.TextEdit;
import dev.serverlesslint.core.rule.Rule;
import dev.serverlesslint.core.rule.RuleCategory;
import dev.serverlesslint.core.rule.RuleDefinition;
import dev.serverlesslint.core.rule.RulePrecision;

import java.util.List;
import java.util.Map;

/**
 * A fixed lint result exercising what reporters must get right: several files, every severity, a
 * function name, a fix, related locations in two files, characters that need escaping in every format, a tab-indented and a non-ASCII
 * source line, a finding whose file is gone, and an internal error. The rules are classified as shipped rules are,
 * but for SL201, which stays unclassified (rules written for tests may be).
 */
final class SampleResult {

    private SampleResult() {
    }

    @RuleDefinition(id = "SL103", name = "handler-scoped-client", severity = Severity.WARNING,
            category = RuleCategory.PERFORMANCE, precision = RulePrecision.HIGH,
            summary = "Heavy clients are created on the request path",
            description = "Building an SDK client per invocation repeats its setup on every request.",
            remediation = "Create the client once during init and reuse it.")
    static final class ClientRule implements Rule {
    }

    @RuleDefinition(id = "SL201", name = "missing-timeout", severity = Severity.WARNING,
            summary = "A function has no timeout.",
            description = "Without a timeout the platform default applies.",
            remediation = "Set an explicit timeout.")
    static final class TimeoutRule implements Rule {
    }

    @RuleDefinition(id = "SL215", name = "secrets-in-environment", severity = Severity.ERROR,
            category = RuleCategory.SECURITY, precision = RulePrecision.HIGH, securitySeverity = "7.5",
            summary = "A secret is stored in plain text in the environment.",
            description = "Environment variables are visible to anyone who can read the function configuration.",
            remediation = "Reference a secret store instead.")
    static final class SecretRule implements Rule {
    }

    @RuleDefinition(id = "SL212", name = "missing-tracing", severity = Severity.NOTE,
            category = RuleCategory.MAINTAINABILITY, precision = RulePrecision.VERY_HIGH,
            summary = "Tracing is not active.",
            description = "Without tracing, latency is hard to attribute.",
            remediation = "Set Tracing: Active.")
    static final class TracingRule implements Rule {
    }

    static final String HANDLER = "src/main/java/com/example/orders/Créer Handler.java";
    static final String SERVERLESS = "serverless.yml";
    static final String GONE = "stack/removed.template.json";

    /** The files as they are on "disk" for reporters that read source lines. */
    static final Map<String, String> SOURCES = Map.of(
            HANDLER, String.join("\n",
                    "package com.example.orders;",
                    "",
                    "public class CreateOrderHandler {",
                    "\tpublic String handleRequest(Object in) {",
                    "\t\tvar s3 = S3Client.create(); // \u00e9t\u00e9 \ud83d\ude80",
                    "        String label = \"\ud83d\ude80 caf\u00e9\"; var dynamo = DynamoDbClient.create();",
                    "\t\treturn \"ok\";",
                    "\t}",
                    "}",
                    ""),
            SERVERLESS, String.join("\r\n",
                    "service: orders",
                    "provider:",
                    "  name: aws",
                    "  runtime: java21",
                    "functions:",
                    "  createOrder:",
                    "    handler: com.example.orders.CreateOrderHandler",
                    "    environment:",
                    "      DB_PASSWORD: hunter2",
                    ""));

    static LintResult create() {
        RuleSet rules = new RuleSet(List.of(new ClientRule(), new TimeoutRule(), new SecretRule(), new TracingRule()));
        Fix timeoutFix = new Fix("Set a timeout of 10 seconds",
                List.of(TextEdit.insert(new SourcePosition(7, 51), "\r\n    timeout: 10")));
        List<Finding> findings = List.of(
                new Finding("SL103", "handler-scoped-client", Severity.WARNING, HANDLER, 5, 12,
                        "CreateOrderHandler.handleRequest creates a client (S3Client.create()) on every invocation. "
                                + "Create it once during init.", null, null,
                        List.of(new RelatedLocation(HANDLER, 4, 16, "CreateOrderHandler.handleRequest"),
                                new RelatedLocation(SERVERLESS, 7, 14, "handler of function 'createOrder' [java21]"))),
                new Finding("SL103", "handler-scoped-client", Severity.WARNING, HANDLER, 6, 48,
                        "Creates DynamoDbClient per request: 100% of calls pay for it, a|b *c* <d> & \"e\" 'f'.", null),
                new Finding("SL201", "missing-timeout", Severity.WARNING, SERVERLESS, 6, 3,
                        "Function 'createOrder' has no timeout: the default is 6 s, set one,\nplease.",
                        "createOrder", timeoutFix),
                new Finding("SL212", "missing-tracing", Severity.NOTE, SERVERLESS, 6, 3,
                        "Tracing is off for 'createOrder'; set tracing: { lambda: true }", "createOrder"),
                new Finding("SL215", "secrets-in-environment", Severity.ERROR, SERVERLESS, 9, 20,
                        "DB_PASSWORD has a literal value; use ${ssm:/orders/db-password} instead.", "createOrder"),
                new Finding("SL201", "missing-timeout", Severity.WARNING, GONE, 12, 5,
                        "Function 'Archive' has no Timeout.", "Archive"));
        List<InternalError> errors = List.of(new InternalError("SL103", "src/main/java/com/example/Broken.java",
                "java.lang.IllegalStateException: unexpected node", null));
        return new LintResult(findings.stream().sorted().toList(), 7, errors, rules);
    }

    static LintResult clean() {
        RuleSet rules = new RuleSet(List.of(new ClientRule(), new TimeoutRule()));
        return new LintResult(List.of(), 3, List.of(), rules);
    }
}
