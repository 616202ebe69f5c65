package dev.serverlesslint.rules.functions;

import dev.serverlesslint.core.config.ConfigValue;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.finding.SourcePosition;
import dev.serverlesslint.core.model.LambdaFunction;
import dev.serverlesslint.core.rule.RuleContext;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Collects findings about function settings so that a bad value inherited from {@code provider}
 * or {@code Globals.Function} is reported once, on that value, naming every function that
 * inherits it, instead of once per function on the same line.
 */
public final class SettingFindings {

    /** One finding about a function: where it points, how severe, and the message for a subject. */
    private record Pending(LambdaFunction function, Severity severity, Function<String, String> message) {
    }

    private final Map<ConfigValue, List<Pending>> inherited = new IdentityHashMap<>();
    private final Map<ConfigValue, SourcePosition> order = new LinkedHashMap<>();
    private final RuleContext context;

    public SettingFindings(RuleContext context) {
        this.context = context;
    }

    /**
     * Adds a finding about {@code value}, a setting of {@code function}. The message function receives
     * the subject ("Function 'x'" or "Functions 'a', 'b' (inherited)").
     */
    public void add(LambdaFunction function, ConfigValue value, boolean inheritedValue, Severity severity,
                    Function<String, String> message) {
        if (!inheritedValue) {
            context.report(value.position(), message.apply(FunctionSettings.describe(function)), function.name(),
                    severity);
            return;
        }
        inherited.computeIfAbsent(value, v -> new ArrayList<>()).add(new Pending(function, severity, message));
        order.putIfAbsent(value, value.position());
    }

    /** Reports the grouped findings about inherited values. */
    public void flush() {
        for (ConfigValue value : order.keySet()) {
            List<Pending> group = inherited.get(value);
            Pending first = group.get(0);
            if (group.size() == 1) {
                context.report(value.position(), first.message().apply(FunctionSettings.describe(first.function())
                        + " (inherited value)"), first.function().name(), first.severity());
            } else {
                String names = group.stream().map(p -> "'" + p.function().name() + "'").collect(Collectors.joining(", "));
                context.report(value.position(), first.message().apply("Functions " + names + " (inherited value)"),
                        null, first.severity());
            }
        }
        inherited.clear();
        order.clear();
    }
}
