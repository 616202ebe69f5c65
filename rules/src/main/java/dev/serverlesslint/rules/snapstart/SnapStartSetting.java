package dev.serverlesslint.rules.snapstart;

import dev.serverlesslint.core.config.ConfigValue;
import dev.serverlesslint.core.model.FunctionKind;
import dev.serverlesslint.core.model.FunctionProperty;
import dev.serverlesslint.core.model.LambdaFunction;

import java.util.Optional;

/**
 * Whether a function has SnapStart: SAM/CloudFormation {@code SnapStart: {ApplyOn: PublishedVersions}}
 * (own or from {@code Globals.Function}), serverless.yml {@code snapStart: true}. Empty when the
 * value is computed at deploy time.
 */
public final class SnapStartSetting {

    private SnapStartSetting() {
    }

    public static Optional<Boolean> enabled(LambdaFunction function) {
        ConfigValue value = function.property(FunctionProperty.SNAP_START);
        if (value.isMissing()) {
            return Optional.of(false);
        }
        if (function.kind() == FunctionKind.SERVERLESS) {
            return value.asBoolean();
        }
        if (!value.isLiteral()) {
            return Optional.empty();
        }
        ConfigValue applyOn = value.get("ApplyOn");
        if (applyOn.isMissing()) {
            return Optional.of(false);
        }
        return applyOn.asLiteralText().map(text -> text.trim().equals("PublishedVersions"));
    }
}
