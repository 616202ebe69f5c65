package dev.serverlesslint.rules.timeouts;

import dev.serverlesslint.core.config.ConfigDocument;
import dev.serverlesslint.core.config.ConfigValue;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.model.EventSource;
import dev.serverlesslint.core.model.EventSourceType;
import dev.serverlesslint.core.model.FunctionProperty;
import dev.serverlesslint.core.model.LambdaFunction;
import dev.serverlesslint.core.rule.ConfigRule;
import dev.serverlesslint.core.rule.RuleContext;
import dev.serverlesslint.core.rule.RuleCategory;
import dev.serverlesslint.core.rule.RuleDefinition;
import dev.serverlesslint.core.rule.RulePrecision;
import dev.serverlesslint.core.rule.RuleOption;
import dev.serverlesslint.core.rule.RuleOptionType;
import dev.serverlesslint.rules.functions.FindingsByDefinition;

import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** SL203: a function behind API Gateway whose timeout is longer than API Gateway waits. */
@RuleDefinition(
        id = "SL203",
        name = "api-timeout-exceeds-gateway",
        severity = Severity.WARNING,
        category = RuleCategory.RELIABILITY,
        precision = RulePrecision.HIGH,
        summary = "A function behind API Gateway has a timeout longer than API Gateway waits (29 s by default).",
        description = "API Gateway REST and HTTP APIs stop waiting for a Lambda integration after 29 seconds "
                + "and answer 504. A longer function timeout does not help the client: it gets an error "
                + "while the function keeps running (and is billed) until its own timeout.",
        remediation = "Keep the timeout of API-facing functions at or below the integration timeout, or move "
                + "long work behind an asynchronous flow (SQS, Step Functions) and return early. If your "
                + "REST API has a raised integration timeout, set the rule option maxApiTimeout.",
        options = @RuleOption(name = ApiTimeoutExceedsGatewayRule.MAX_API_TIMEOUT_OPTION, type = RuleOptionType.NUMBER,
                defaultValue = "29", description = "The longest timeout in seconds accepted for a function "
                        + "behind API Gateway (raise it when your REST API's integration timeout is raised)."))
public final class ApiTimeoutExceedsGatewayRule implements ConfigRule {

    /** The option naming the longest timeout accepted for an API-facing function, in seconds. */
    public static final String MAX_API_TIMEOUT_OPTION = "maxApiTimeout";
    static final long DEFAULT_MAX_API_TIMEOUT = 29;

    /**
     * REST and HTTP APIs only: a bare permission for apigateway.amazonaws.com may be an authorizer,
     * a WebSocket API or a streaming integration, whose limits differ.
     */
    private static final Set<EventSourceType> API_GATEWAY = EnumSet.of(
            EventSourceType.API_GATEWAY_REST, EventSourceType.API_GATEWAY_HTTP);

    @Override
    public void check(ConfigDocument document, RuleContext context) {
        long limit = context.options().number(MAX_API_TIMEOUT_OPTION, DEFAULT_MAX_API_TIMEOUT);
        FindingsByDefinition findings = new FindingsByDefinition();
        for (LambdaFunction function : context.model().functionsOf(document)) {
            if (!function.isReadable()) {
                continue;
            }
            ConfigValue timeout = function.property(FunctionProperty.TIMEOUT);
            OptionalInt seconds = timeout.asInt();
            if (seconds.isEmpty()) {
                continue;
            }
            int value = seconds.getAsInt();
            Optional<EventSource> api = context.model().eventSourcesOf(function).stream()
                    .filter(source -> API_GATEWAY.contains(source.type()))
                    .filter(source -> integrationLimit(source, limit).map(l -> value > l).orElse(false))
                    .findFirst();
            if (api.isEmpty()) {
                continue;
            }
            long eventLimit = integrationLimit(api.get(), limit).orElse(limit);
            String via = api.get().type().description() + " event '" + api.get().name() + "'";
            findings.addSetting(function.name(), timeout, !function.ownsProperty(FunctionProperty.TIMEOUT),
                    Severity.WARNING, subject -> FindingsByDefinition.capitalized(subject) + " behind " + via + ": timeout of " + value
                            + " s is longer than the " + eventLimit + " s API Gateway waits; the client gets a 504 while "
                            + "the function keeps running. Keep the timeout at or below " + eventLimit
                            + " s, or hand long work to SQS or Step Functions and return early.");
        }
        findings.reportTo(context);
    }

    /**
     * How long API Gateway waits for this integration: the event's own {@code TimeoutInMillis}
     * (SAM events, {@code AWS::ApiGateway::Method} integrations) when set, else the rule's limit;
     * empty when it is set to something computed at deploy time.
     */
    private static Optional<Long> integrationLimit(EventSource source, long defaultLimit) {
        ConfigValue millis = source.settings().get("TimeoutInMillis");
        if (millis.isMissing()) {
            return Optional.of(defaultLimit);
        }
        OptionalInt value = millis.asInt();
        return value.isPresent() ? Optional.of((value.getAsInt() + 999) / 1000L) : Optional.empty();
    }
}
