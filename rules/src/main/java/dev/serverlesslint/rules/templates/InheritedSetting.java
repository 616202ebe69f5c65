package dev.serverlesslint.rules.templates;

import dev.serverlesslint.core.config.ConfigValue;
import dev.serverlesslint.core.model.FunctionKind;
import dev.serverlesslint.core.model.LambdaFunction;

/**
 * A setting a function inherits (serverless.yml {@code provider}, SAM {@code Globals.Function}),
 * honouring SAM's resource-level {@code IgnoreGlobals: "*"} or {@code IgnoreGlobals: [Key, ...]}.
 */
public final class InheritedSetting {

    private InheritedSetting() {
    }

    /** The inherited value of a key, or {@link ConfigValue#MISSING} when there is none or it is ignored. */
    public static ConfigValue of(LambdaFunction function, String key) {
        return ignoresGlobal(function, key) ? ConfigValue.MISSING : function.defaults().get(key);
    }

    /** The function's own value, else the inherited one. */
    public static ConfigValue ownOrInherited(LambdaFunction function, String key) {
        ConfigValue own = function.properties().get(key);
        return own.isPresent() ? own : of(function, key);
    }

    static boolean ignoresGlobal(LambdaFunction function, String key) {
        if (function.kind() != FunctionKind.SAM) {
            return false;
        }
        ConfigValue ignore = function.document().root().at("Resources", function.name(), "IgnoreGlobals");
        if (ignore.isSequence()) {
            return ignore.items().stream().anyMatch(i -> i.text().filter(key::equals).isPresent());
        }
        return ignore.text().filter(t -> t.trim().equals("*") || t.trim().equals(key)).isPresent();
    }
}
