package dev.serverlesslint.rules.observability;

import dev.serverlesslint.core.config.ConfigDocument;
import dev.serverlesslint.core.config.ConfigValue;
import dev.serverlesslint.rules.templates.TemplateExpression;
import dev.serverlesslint.rules.templates.TemplateResources;

import java.util.List;
import java.util.Optional;

/** The {@code AWS::Logs::LogGroup} resources of a file, with their names read as templates. */
final class LogGroups {

    static final String TYPE = "AWS::Logs::LogGroup";
    static final String LAMBDA_PREFIX = "/aws/lambda/";

    /**
     * One log group.
     *
     * @param entry the resource (key and definition)
     * @param name  its LogGroupName as a template; empty when it has none or it cannot be read
     * @param named whether LogGroupName is given at all (without it the name is generated)
     */
    record LogGroup(ConfigValue.Entry entry, Optional<String> name, boolean named) {

        boolean hasRetention() {
            return entry.value().at("Properties", "RetentionInDays").isPresent();
        }

        String logicalName() {
            return entry.name();
        }

        /** A named group whose name we cannot read: it might belong to any function. */
        boolean isUnknown() {
            return named && name.isEmpty();
        }

        /** The part after {@code /aws/lambda/} when the name is a function's default group. */
        Optional<String> functionPart() {
            return name.filter(n -> n.startsWith(LAMBDA_PREFIX)).map(n -> n.substring(LAMBDA_PREFIX.length()));
        }
    }

    private final List<LogGroup> groups;

    LogGroups(ConfigDocument document) {
        this.groups = TemplateResources.ofType(document, TYPE).stream()
                .map(entry -> {
                    ConfigValue name = entry.value().at("Properties", "LogGroupName");
                    return new LogGroup(entry, TemplateExpression.of(name), name.isPresent());
                })
                .toList();
    }

    List<LogGroup> all() {
        return groups;
    }

    Optional<LogGroup> byLogicalName(String logicalName) {
        return groups.stream().filter(g -> g.logicalName().equals(logicalName)).findFirst();
    }

    Optional<LogGroup> byName(String name) {
        return groups.stream().filter(g -> g.name().filter(name::equals).isPresent()).findFirst();
    }

    boolean anyUnknown() {
        return groups.stream().anyMatch(LogGroup::isUnknown);
    }
}
