package dev.serverlesslint.core.model;

import dev.serverlesslint.core.config.ConfigDocument;
import dev.serverlesslint.core.config.ConfigFormat;
import dev.serverlesslint.core.config.ConfigValue;

import java.util.Optional;

/**
 * The {@code Parameters} of a CloudFormation or SAM template, and what a setting that refers to one
 * stands for: a value written {@code !Ref Name}, {@code {Ref: Name}} or {@code !Sub '${Name}'} takes
 * the parameter's value at deploy time, and when the template gives a {@code Default}, that is the
 * value unless the deployment overrides it.
 */
public final class TemplateParameters {

    /** A template parameter. */
    public record Parameter(String name, ConfigValue declaration) {

        /** {@code NoEcho: true}: CloudFormation masks the value in its console and API responses. */
        public boolean noEcho() {
            return declaration.get("NoEcho").asBoolean().orElse(false);
        }

        /** The {@code Default} when it is a literal. */
        public Optional<String> defaultValue() {
            return declaration.get("Default").asLiteralText();
        }
    }

    private TemplateParameters() {
    }

    /** The parameter a value refers to as a whole ({@code !Ref P}, {@code {Ref: P}}, {@code !Sub '${P}'}), if declared. */
    public static Optional<Parameter> referencedBy(ConfigValue value, ConfigDocument document) {
        if (document.format() != ConfigFormat.CLOUDFORMATION || value.isMissing()) {
            return Optional.empty();
        }
        return TemplateExpression.referencedLogicalId(value)
                .flatMap(name -> {
                    ConfigValue declaration = document.root().at("Parameters", name);
                    return declaration.isMapping() ? Optional.of(new Parameter(name, declaration)) : Optional.empty();
                });
    }

    /**
     * The value a setting has: its literal text, or the {@code Default} of the parameter it refers to
     * (then {@code fromParameter} names that parameter, for messages).
     */
    public record Resolved(String value, Optional<String> fromParameter) {

        /** {@code ""}, or {@code " (the default of template parameter 'P')"} to append to a message. */
        public String origin() {
            return fromParameter.map(p -> " (the default of template parameter '" + p + "')").orElse("");
        }
    }

    /** The literal value of a setting, else the literal {@code Default} of the parameter it refers to. */
    public static Optional<Resolved> resolve(ConfigValue value, ConfigDocument document) {
        Optional<String> literal = value.asLiteralText();
        if (literal.isPresent()) {
            return Optional.of(new Resolved(literal.get(), Optional.empty()));
        }
        return referencedBy(value, document).flatMap(parameter -> parameter.defaultValue()
                .map(text -> new Resolved(text, Optional.of(parameter.name()))));
    }
}
