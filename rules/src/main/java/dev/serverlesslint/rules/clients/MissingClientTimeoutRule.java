package dev.serverlesslint.rules.clients;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.finding.SourcePosition;
import dev.serverlesslint.core.java.JavaSource;
import dev.serverlesslint.core.java.NodeIdentity;
import dev.serverlesslint.core.rule.JavaRule;
import dev.serverlesslint.core.rule.RuleContext;
import dev.serverlesslint.core.rule.RuleCategory;
import dev.serverlesslint.core.rule.RuleDefinition;
import dev.serverlesslint.core.rule.RulePrecision;
import dev.serverlesslint.rules.java.Imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** SL107: an SDK or HTTP client (or a java.net.http request) without explicit timeouts. */
@RuleDefinition(
        id = "SL107",
        name = "missing-client-timeout",
        severity = Severity.WARNING,
        category = RuleCategory.RELIABILITY,
        precision = RulePrecision.HIGH,
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
        if (!context.model().lambdaModules().isDeployed(source.path())) {
            return; // a module no function deploys (a web application next to the functions): not Lambda code
        }
        Map<List<Object>, List<Candidate>> byDestination = new LinkedHashMap<>();
        source.unit().walk(Expression.class, expression -> {
            HeavyInitCatalog.match(expression).ifPresent(init -> ClientFamily.of(init, source.unit())
                    .flatMap(family -> checkClient(init, family))
                    .ifPresent(message -> byDestination.computeIfAbsent(destination(init), k -> new ArrayList<>())
                            .add(new Candidate(expression, message))));
            if (expression instanceof MethodCallExpr call && isHttpRequestWithoutTimeout(call, source)) {
                context.report(position(call), "HttpRequest is built without timeout(..): java.net.http "
                        + "has no overall timeout on the client, so a stalled response keeps the invocation "
                        + "waiting until the function times out. Add .timeout(Duration.ofSeconds(..)) shorter "
                        + "than the function timeout.");
            }
        });
        byDestination.values().forEach(candidates -> {
            Candidate chosen = candidates.stream().filter(c -> !c.setsEndpoint()).findFirst().orElse(candidates.get(0));
            context.report(position(chosen.expression()), chosen.message());
        });
    }

    private record Candidate(Expression expression, String message) {
        /** {@code endpointOverride(..)}: the branch of a factory that points the client at a local endpoint. */
        boolean setsEndpoint() {
            return expression.findAll(MethodCallExpr.class).stream()
                    .anyMatch(call -> call.getNameAsString().equals("endpointOverride"));
        }
    }

    /**
     * Where a client goes: the same variable or field assigned (or the value returned) in one method,
     * for the same client type. A factory that builds the client once per branch
     * ({@code if (localUri != null) client = X.builder().endpointOverride(..).build(); else client = X.create();})
     * makes one client, so it gets one finding, on the branch without the local endpoint. Any other
     * creation is its own destination.
     */
    private static List<Object> destination(HeavyInitCatalog.HeavyInit init) {
        Expression expression = init.expression();
        Optional<com.github.javaparser.ast.body.CallableDeclaration> method =
                expression.findAncestor(com.github.javaparser.ast.body.CallableDeclaration.class);
        Optional<String> target = expression.getParentNode().flatMap(parent -> {
            if (parent instanceof AssignExpr assign && assign.getValue() == expression) {
                return Optional.of("=" + assign.getTarget().toString().replaceFirst("^this\\.", ""));
            }
            return parent instanceof ReturnStmt ? Optional.of("return") : Optional.empty();
        });
        if (method.isEmpty() || target.isEmpty()) {
            return List.of(new NodeIdentity(expression));
        }
        String description = init.description();
        String type = description.startsWith("new ") ? description.substring(4).split("[(.]")[0]
                : description.split("\\.")[0];
        return List.of(new NodeIdentity(method.get()), target.get(), type);
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
