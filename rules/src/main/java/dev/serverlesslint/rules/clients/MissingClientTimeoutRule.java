package dev.serverlesslint.rules.clients;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.finding.SourcePosition;
import dev.serverlesslint.core.java.JavaSource;
import dev.serverlesslint.core.rule.JavaRule;
import dev.serverlesslint.core.rule.RuleContext;
import dev.serverlesslint.core.rule.RuleDefinition;
import dev.serverlesslint.rules.java.Imports;

import java.util.Optional;

/** SL107: an SDK or HTTP client (or a java.net.http request) without explicit timeouts. */
@RuleDefinition(
        id = "SL107",
        name = "missing-client-timeout",
        severity = Severity.WARNING,
        summary = "An AWS SDK or HTTP client is built without explicit timeouts.",
        description = "Client defaults are made for long-running servers: the AWS SDKs retry with no "
                + "overall time limit by default, java.net.http and OkHttp wait for a response with no "
                + "call timeout, and older Apache HttpClient settings wait forever. On Lambda a hung "
                + "call runs until the function timeout kills the invocation, so the handler never "
                + "gets to retry, fall back or answer with an error, and the time is billed.",
        remediation = "Give every client timeouts shorter than the function timeout: SDK v2 "
                + "overrideConfiguration apiCallTimeout and apiCallAttemptTimeout (or an HTTP client "
                + "with socket and connection timeouts), SDK v1 ClientConfiguration request and "
                + "client-execution timeouts, HttpClient connectTimeout plus HttpRequest timeout, "
                + "OkHttp callTimeout, Apache RequestConfig connect and socket timeouts.")
public final class MissingClientTimeoutRule implements JavaRule {

    @Override
    public void check(JavaSource source, RuleContext context) {
        source.unit().walk(Expression.class, expression -> {
            HeavyInitCatalog.match(expression)
                    .flatMap(init -> ClientFamily.of(init, source.unit()).map(family -> checkClient(init, family)))
                    .flatMap(message -> message)
                    .ifPresent(message -> context.report(position(expression), message));
            if (expression instanceof MethodCallExpr call && isHttpRequestWithoutTimeout(call, source)) {
                context.report(position(call), "HttpRequest is built without timeout(..): java.net.http "
                        + "has no overall timeout on the client, so a stalled response keeps the invocation "
                        + "waiting until the function times out. Add .timeout(Duration.ofSeconds(..)) shorter "
                        + "than the function timeout.");
            }
        });
    }

    private static Optional<String> checkClient(HeavyInitCatalog.HeavyInit init, ClientFamily family) {
        ClientConfigurationInspection inspection = ClientConfigurationInspection.of(init.expression(), family);
        if (inspection.sets(family.timeoutSettings()) || inspection.isOpaque()) {
            return Optional.empty();
        }
        return Optional.of(family.label() + " " + init.description() + " is built without explicit timeouts: "
                + "a slow or unreachable endpoint then holds the invocation until the function timeout "
                + "kills it, with no chance to retry or answer with an error. "
                + capitalised(family.remedy()) + ", shorter than the function timeout.");
    }

    /** {@code HttpRequest.newBuilder(..)...build()} with no {@code timeout(..)} step. */
    private static boolean isHttpRequestWithoutTimeout(MethodCallExpr terminal, JavaSource source) {
        if (!terminal.getNameAsString().equals("build") || !Imports.importsType(source.unit(), "java.net.http",
                "HttpRequest")) {
            return false;
        }
        boolean timeout = false;
        Expression current = terminal;
        while (current instanceof MethodCallExpr call && call.getScope().isPresent()) {
            timeout |= call.getNameAsString().equals("timeout");
            Expression scope = call.getScope().get();
            if (scope instanceof NameExpr name && name.getNameAsString().equals("HttpRequest")) {
                return call.getNameAsString().equals("newBuilder") && !timeout;
            }
            current = scope;
        }
        return false;
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static SourcePosition position(Node node) {
        return node.getBegin().map(p -> new SourcePosition(p.line, p.column)).orElse(SourcePosition.START);
    }
}
