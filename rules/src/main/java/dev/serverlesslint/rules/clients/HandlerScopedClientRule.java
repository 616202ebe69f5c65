package dev.serverlesslint.rules.clients;

import com.github.javaparser.ast.expr.Expression;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.finding.SourcePosition;
import dev.serverlesslint.core.java.JavaSource;
import dev.serverlesslint.core.rule.JavaRule;
import dev.serverlesslint.core.rule.RuleContext;
import dev.serverlesslint.core.rule.RuleCategory;
import dev.serverlesslint.core.rule.RuleDefinition;
import dev.serverlesslint.core.rule.RulePrecision;
import dev.serverlesslint.core.requestpath.CallChain;
import dev.serverlesslint.core.requestpath.InitOnce;

/** SL103: SDK/HTTP clients, connections, mappers or containers created on every invocation. */
@RuleDefinition(
        id = "SL103",
        name = "handler-scoped-client",
        severity = Severity.WARNING,
        category = RuleCategory.PERFORMANCE,
        precision = RulePrecision.HIGH,
        summary = "Heavy initialisation (SDK or HTTP client, connection, JSON mapper, DI container) "
                + "runs in the handler, on every invocation.",
        description = "Lambda reuses an execution environment for many invocations, and work done in "
                + "the init phase (static initialisers, field initialisers, the constructor) is done "
                + "once per environment. Building an AWS SDK client, an HTTP client, a JDBC "
                + "connection, an ObjectMapper or a DI container inside the handler repeats that "
                + "work, its TLS handshakes and its class loading on every request, adding latency "
                + "and cost, and can exhaust connections.",
        remediation = "Create the object once, in a static final field, a field initialiser or the "
                + "handler's constructor, and reuse it in the handler. Lazy creation guarded by "
                + "'if (client == null)' is also fine.")
public final class HandlerScopedClientRule implements JavaRule {

    @Override
    public void check(JavaSource source, RuleContext context) {
        if (!context.model().requestPaths().reaches(source.unit())) {
            return;
        }
        source.unit().walk(Expression.class, expression -> HeavyInitCatalog.match(expression)
                .filter(init -> !InitOnce.isGuarded(init.expression()))
                .ifPresent(init -> context.model().requestPaths().chainTo(expression)
                        .ifPresent(chain -> report(context, chain, init))));
    }

    private static void report(RuleContext context, CallChain chain, HeavyInitCatalog.HeavyInit init) {
        SourcePosition position = init.expression().getBegin()
                .map(p -> new SourcePosition(p.line, p.column))
                .orElse(SourcePosition.START);
        context.report(position, chain.describe() + " -> " + init.description() + " creates "
                + withArticle(init.kind()) + " on every invocation. Create it once during init (a static final field "
                + "or the handler's constructor) and reuse it.");
    }

    /** "an AWS SDK client", "an HTTP client", "a JSON mapper". */
    private static String withArticle(String kind) {
        boolean vowelSound = "AEIOUHX".indexOf(kind.charAt(0)) >= 0 && !kind.startsWith("Ho");
        return (vowelSound ? "an " : "a ") + kind;
    }
}
