package dev.serverlesslint.core.config;

import dev.serverlesslint.core.finding.SourcePosition;

/** A YAML or JSON document that cannot be read, with where the problem is. */
public final class ConfigSyntaxException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient SourcePosition position;

    public ConfigSyntaxException(String message, SourcePosition position) {
        super(message);
        this.position = position;
    }

    public SourcePosition position() {
        return position;
    }
}
