package dev.serverlesslint.rules.timeouts;

import dev.serverlesslint.core.config.ConfigDocument;
import dev.serverlesslint.core.config.ConfigValue;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.model.EventSource;
import dev.serverlesslint.core.model.EventSourceType;
import dev.serverlesslint.core.model.EventSources;
import dev.serverlesslint.core.model.LambdaFunction;
import dev.serverlesslint.core.model.TemplateResources;
import dev.serverlesslint.core.rule.ConfigRule;
import dev.serverlesslint.core.rule.RuleContext;
import dev.serverlesslint.core.rule.RuleCategory;
import dev.serverlesslint.core.rule.RuleDefinition;
import dev.serverlesslint.core.rule.RulePrecision;

import java.util.Optional;
import java.util.OptionalInt;

/** SL204: an SQS queue whose visibility timeout is too short for the function that consumes it. */
@RuleDefinition(
        id = "SL204",
        name = "queue-visibility-timeout",
        severity = Severity.WARNING,
        category = RuleCategory.RELIABILITY,
        precision = RulePrecision.HIGH,
        summary = "An SQS event source's queue has a visibility timeout below 6 times the function timeout "
                + "(error when below the function timeout).",
        description = "While Lambda processes a batch, the messages are only hidden for the queue's "
                + "visibility timeout (30 s unless set). If that is shorter than the function may run, the "
                + "same messages become visible again and are processed twice, concurrently. AWS recommends "
                + "at least six times the function timeout, so that retries after throttling still fit.",
        remediation = "Set the queue's VisibilityTimeout to at least six times the function's timeout, or "
                + "lower the function's timeout.")
public final class QueueVisibilityTimeoutRule implements ConfigRule {

    static final int SQS_DEFAULT_VISIBILITY_TIMEOUT = 30;
    static final int RECOMMENDED_FACTOR = 6;

    @Override
    public void check(ConfigDocument document, RuleContext context) {
        EventSources sources = context.model().eventSources(document);
        for (EventSource source : sources.all()) {
            if (source.type() != EventSourceType.SQS || source.function() == null
                    || !source.function().isReadable()) {
                continue;
            }
            Optional<TemplateResources.Resource> queue = sources.resources().resolve(source.sourceReference())
                    .filter(r -> r.type().equals("AWS::SQS::Queue"));
            OptionalInt timeout = source.function().timeoutSeconds();
            if (queue.isEmpty() || timeout.isEmpty()) {
                continue;
            }
            ConfigValue visibility = queue.get().properties().get("VisibilityTimeout");
            OptionalInt visibilitySeconds = visibility.isMissing()
                    ? OptionalInt.of(SQS_DEFAULT_VISIBILITY_TIMEOUT) : visibility.asInt();
            if (visibilitySeconds.isEmpty()) {
                continue;
            }
            check(context, source.function(), queue.get(), visibility, visibilitySeconds.getAsInt(),
                    timeout.getAsInt());
        }
    }

    private static void check(RuleContext context, LambdaFunction function, TemplateResources.Resource queue,
                              ConfigValue visibility, int visibilitySeconds, int timeout) {
        long recommended = (long) timeout * RECOMMENDED_FACTOR;
        if (visibilitySeconds >= recommended) {
            return;
        }
        String setting = visibility.isMissing()
                ? "has no VisibilityTimeout, so SQS uses " + SQS_DEFAULT_VISIBILITY_TIMEOUT + " s"
                : "has a VisibilityTimeout of " + visibilitySeconds + " s";
        String functionTimeout = "function '" + function.name() + "' that consumes it has a timeout of " + timeout + " s";
        var position = visibility.isMissing() ? queue.position() : visibility.position();
        if (visibilitySeconds < timeout) {
            context.report(position, "Queue '" + queue.logicalId() + "' " + setting + ", but the " + functionTimeout
                    + ": messages reappear while they are still being processed and are handled twice. "
                    + "Set VisibilityTimeout to at least " + recommended + " s (6 x the function timeout).",
                    function.name(), Severity.ERROR);
        } else {
            context.report(position, "Queue '" + queue.logicalId() + "' " + setting + " and the " + functionTimeout
                    + "; AWS recommends at least 6 x the function timeout so that retried batches are not "
                    + "processed twice. Set VisibilityTimeout to at least " + recommended + " s.",
                    function.name(), Severity.WARNING);
        }
    }
}
