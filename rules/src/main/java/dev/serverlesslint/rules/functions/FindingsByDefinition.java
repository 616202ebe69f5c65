package dev.serverlesslint.rules.functions;

import dev.serverlesslint.core.config.ConfigValue;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.rule.RuleContext;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rules' one buffer for findings about definitions that several functions may share (a provider
 * IAM statement, a Globals environment variable, a role used by two functions, a timeout inherited
 * from {@code provider} or {@code Globals.Function}): each definition is reported once, on that
 * definition, naming every function concerned, instead of once per function on the same line. The
 * finding carries the function's logical name when exactly one function is concerned.
 */
public final class FindingsByDefinition {

    private static final class Pending {
        final ConfigValue at;
        final Function<String, String> message;
        final Severity severity;
        final boolean inheritedSetting;
        final Set<String> functions = new LinkedHashSet<>();

        Pending(ConfigValue at, Function<String, String> message, Severity severity, boolean inheritedSetting) {
            this.at = at;
            this.message = message;
            this.severity = severity;
            this.inheritedSetting = inheritedSetting;
        }
    }

    private final Map<ConfigValue, Pending> byDefinition = new IdentityHashMap<>();
    private final List<Pending> order = new ArrayList<>();

    /**
     * Notes that {@code function} is concerned by a problem at {@code at}, at the rule's severity. The
     * message is built at report time from the subject: "function 'A'" or "functions 'A', 'B'".
     */
    public void add(ConfigValue at, String function, Function<String, String> message) {
        add(at, function, null, false, message);
    }

    /**
     * Notes a problem with a setting of {@code function}: its own value, or one it inherits from
     * {@code provider} / {@code Globals.Function} ({@code inherited}), whose subject then ends in
     * "(inherited value)". {@code severity} is the one the rule chose for this case.
     */
    public void addSetting(String function, ConfigValue value, boolean inherited, Severity severity,
                           Function<String, String> message) {
        add(value, function, severity, inherited, message);
    }

    private void add(ConfigValue at, String function, Severity severity, boolean inheritedSetting,
                     Function<String, String> message) {
        Pending pending = byDefinition.get(at);
        if (pending == null) {
            pending = new Pending(at, message, severity, inheritedSetting);
            byDefinition.put(at, pending);
            order.add(pending);
        }
        pending.functions.add(function);
    }

    /** Reports every definition noted, once each, and empties the buffer. */
    public void reportTo(RuleContext context) {
        for (Pending pending : order) {
            Set<String> functions = pending.functions;
            String only = functions.size() == 1 ? functions.iterator().next() : null;
            String subject = (only != null ? "function '" + only + "'"
                    : "functions " + functions.stream().map(f -> "'" + f + "'").collect(Collectors.joining(", ")))
                    + (pending.inheritedSetting ? " (inherited value)" : "");
            String message = pending.message.apply(subject);
            if (pending.severity != null) {
                context.report(pending.at.position(), message, only, pending.severity);
            } else if (only != null) {
                context.report(pending.at.position(), message, only);
            } else {
                context.report(pending.at.position(), message);
            }
        }
        byDefinition.clear();
        order.clear();
    }

    /** The subject with a capital first letter, to start a sentence. */
    public static String capitalized(String subject) {
        return subject.isEmpty() ? subject : Character.toUpperCase(subject.charAt(0)) + subject.substring(1);
    }
}
