package dev.serverlesslint.rules.templates;

import dev.serverlesslint.core.config.ConfigValue;
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
 * Collects findings about definitions that several functions may share (a provider IAM statement,
 * a Globals environment variable, a role used by two functions) and reports each definition once,
 * naming every function concerned in the message. The finding carries the function's logical name
 * when exactly one function is concerned.
 */
public final class FindingsByDefinition {

    private record Pending(ConfigValue at, Function<String, String> message, Set<String> functions) {
    }

    private final Map<ConfigValue, Pending> byDefinition = new IdentityHashMap<>();
    private final List<Pending> order = new ArrayList<>();

    /**
     * Notes that {@code function} is concerned by a problem at {@code at}. The message is built at
     * report time from the subject: "function 'A'" or "functions 'A', 'B'".
     */
    public void add(ConfigValue at, String function, Function<String, String> message) {
        Pending pending = byDefinition.get(at);
        if (pending == null) {
            pending = new Pending(at, message, new LinkedHashSet<>());
            byDefinition.put(at, pending);
            order.add(pending);
        }
        pending.functions().add(function);
    }

    public void reportTo(RuleContext context) {
        for (Pending pending : order) {
            Set<String> functions = pending.functions();
            String subject = functions.size() == 1
                    ? "function '" + functions.iterator().next() + "'"
                    : "functions " + functions.stream().map(f -> "'" + f + "'").collect(Collectors.joining(", "));
            String message = pending.message().apply(subject);
            if (functions.size() == 1) {
                context.report(pending.at().position(), message, functions.iterator().next());
            } else {
                context.report(pending.at().position(), message);
            }
        }
    }

    /** The subject with a capital first letter, to start a sentence. */
    public static String capitalized(String subject) {
        return subject.isEmpty() ? subject : Character.toUpperCase(subject.charAt(0)) + subject.substring(1);
    }
}
