package dev.serverlesslint.rules.observability;

import dev.serverlesslint.core.config.ConfigValue;
import dev.serverlesslint.core.model.TemplateExpression;
import dev.serverlesslint.core.model.TemplateResources;
import dev.serverlesslint.core.model.TemplateResources.Resource;

import java.util.List;
import java.util.Optional;

/** The {@code AWS::Logs::LogGroup} resources of a file, with their names read as templates. */
final class LogGroups {

    static final String TYPE = "AWS::Logs::LogGroup";
    static final String LAMBDA_PREFIX = "/aws/lambda/";

    /**
     * One log group.
     *
     * @param resource the resource
     * @param name     its LogGroupName as a template; empty when it has none or it cannot be read
     * @param named    whether LogGroupName is given at all (without it the name is generated)
     */
    record LogGroup(Resource resource, Optional<String> name, boolean named) {

        boolean hasRetention() {
            return resource.properties().get("RetentionInDays").isPresent();
        }

        String logicalName() {
            return resource.logicalId();
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

    LogGroups(TemplateResources resources) {
        this.groups = resources.ofType(TYPE).stream()
                .map(resource -> {
                    ConfigValue name = resource.properties().get("LogGroupName");
                    return new LogGroup(resource, TemplateExpression.of(name), name.isPresent());
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
