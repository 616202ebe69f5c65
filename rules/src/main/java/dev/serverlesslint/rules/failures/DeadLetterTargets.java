package dev.serverlesslint.rules.failures;

import dev.serverlesslint.core.config.ConfigDocument;
import dev.serverlesslint.core.config.ConfigValue;
import dev.serverlesslint.core.model.TemplateExpression;
import dev.serverlesslint.core.model.TemplateResources;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Queues of a file that serve as dead-letter queues or failure destinations: a queue used that way
 * needs no redrive policy of its own. Found by the settings that point at them (RedrivePolicy,
 * DeadLetterQueue, DeadLetterConfig, OnFailure, onError...), by {@code RedriveAllowPolicy}, or by a
 * name that says so ({@code OrdersDLQ}, {@code dead-letter}).
 */
final class DeadLetterTargets {

    private static final Set<String> FAILURE_KEYS = Set.of(
            "redrivepolicy", "deadlettertargetarn", "deadletterqueue", "deadletterconfig", "onfailure", "onerror",
            "deadletterqueuearn", "destinationconfig", "destinations", "eventinvokeconfig");
    private static final Pattern ARN_IN_TEXT = Pattern.compile("arn:[^\"'\\s,}]+");

    private final Set<String> logicalIds = new HashSet<>();
    private final Set<String> names = new HashSet<>();

    private DeadLetterTargets() {
    }

    static DeadLetterTargets of(ConfigDocument document) {
        DeadLetterTargets targets = new DeadLetterTargets();
        targets.scan(document.root(), false, 0);
        return targets;
    }

    private void scan(ConfigValue value, boolean underFailureKey, int depth) {
        if (depth > 60) {
            return;
        }
        if (underFailureKey) {
            logicalIds.addAll(TemplateExpression.referencedLogicalIds(value));
            value.text().ifPresent(this::collectArnNames);
        }
        for (ConfigValue.Entry entry : value.entries()) {
            boolean failure = underFailureKey || FAILURE_KEYS.contains(entry.name().toLowerCase(Locale.ROOT));
            scan(entry.value(), failure, depth + 1);
        }
        for (ConfigValue item : value.items()) {
            scan(item, underFailureKey, depth + 1);
        }
    }

    private void collectArnNames(String text) {
        Matcher matcher = ARN_IN_TEXT.matcher(text);
        while (matcher.find()) {
            String[] parts = matcher.group().split(":", 6);
            if (parts.length == 6 && !parts[5].contains("${")) {
                names.add(parts[5]);
            }
        }
    }

    boolean isDeadLetterQueue(TemplateResources.Resource queue) {
        if (logicalIds.contains(queue.logicalId()) || queue.properties().get("RedriveAllowPolicy").isPresent()) {
            return true;
        }
        String queueName = queue.properties().get("QueueName").asLiteralText().orElse("");
        if (!queueName.isEmpty() && names.contains(queueName)) {
            return true;
        }
        return looksLikeDeadLetter(queue.logicalId()) || looksLikeDeadLetter(queueName)
                || looksLikeDeadLetter(queue.properties().get("QueueName").toString());
    }

    private static boolean looksLikeDeadLetter(String name) {
        String lower = name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        return lower.contains("dlq") || lower.contains("deadletter");
    }
}
