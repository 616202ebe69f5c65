package dev.serverlesslint.rules.iam;

import dev.serverlesslint.core.config.ConfigValue;

import java.util.List;
import java.util.Locale;

/**
 * One IAM policy statement granted to a function's role.
 *
 * @param node   the statement mapping
 * @param origin where it comes from, for messages, e.g. "provider.iam.role.statements" or "role 'OrdersRole'"
 */
public record IamStatement(ConfigValue node, String origin) {

    /** {@code Effect: Allow} written literally (serverless.yml also accepts lower case). */
    public boolean isAllow() {
        return node.get("Effect").asLiteralText().map(e -> e.trim().toLowerCase(Locale.ROOT).equals("allow"))
                .orElse(false);
    }

    /** The Action values (a single value or a list); empty when the statement uses NotAction or none. */
    public List<ConfigValue> actions() {
        return valuesOf(node.get("Action"));
    }

    public List<ConfigValue> resources() {
        return valuesOf(node.get("Resource"));
    }

    public boolean hasCondition() {
        return node.get("Condition").isPresent();
    }

    private static List<ConfigValue> valuesOf(ConfigValue value) {
        if (value.isSequence() && value.isLiteral()) {
            return value.items();
        }
        return value.isPresent() ? List.of(value) : List.of();
    }

    /** The statements of a policy document's {@code Statement} (one mapping or a list). */
    static List<ConfigValue> statementsOf(ConfigValue statement) {
        if (statement.isMapping() && statement.isLiteral()) {
            return List.of(statement);
        }
        if (statement.isSequence() && statement.isLiteral()) {
            return statement.items().stream().filter(s -> s.isMapping() && s.isLiteral()).toList();
        }
        return List.of();
    }
}
