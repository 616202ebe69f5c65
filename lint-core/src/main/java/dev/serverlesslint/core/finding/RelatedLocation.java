package dev.serverlesslint.core.finding;

import java.util.Objects;

/**
 * Another place a finding concerns, for reviewers to click through: a hop of the request path from the
 * handler to the code, or the configuration line of a code finding (and the code of a configuration finding).
 *
 * @param path    path relative to the scanned root, with {@code /} separators
 * @param line    1-based line
 * @param column  1-based column in UTF-16 code units
 * @param message what is there, e.g. {@code OrderHandler.handleRequest} or {@code timeout of function 'getOrder'}
 */
public record RelatedLocation(String path, int line, int column, String message) {

    public RelatedLocation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        line = Math.max(1, line);
        column = Math.max(1, column);
    }

    public RelatedLocation(String path, SourcePosition position, String message) {
        this(path, position.line(), position.column(), message);
    }

    /** The same place, with {@code prefix} before its path (paths made relative to another directory). */
    public RelatedLocation withPathPrefix(String prefix) {
        return new RelatedLocation(prefix + path, line, column, message);
    }

    // written out, not generated: see Finding#equals
    @Override
    public boolean equals(Object other) {
        return other instanceof RelatedLocation location && line == location.line && column == location.column
                && path.equals(location.path) && message.equals(location.message);
    }

    @Override
    public int hashCode() {
        int hash = path.hashCode();
        hash = 31 * hash + line;
        hash = 31 * hash + column;
        return 31 * hash + message.hashCode();
    }
}
