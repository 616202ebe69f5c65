package dev.serverlesslint.core.finding;

/** A 1-based line and column in a source file. */
public record SourcePosition(int line, int column) {

    public static final SourcePosition START = new SourcePosition(1, 1);

    public SourcePosition {
        line = Math.max(1, line);
        column = Math.max(1, column);
    }

    // written out, not generated: see Finding#equals
    @Override
    public boolean equals(Object other) {
        return other instanceof SourcePosition position && line == position.line && column == position.column;
    }

    @Override
    public int hashCode() {
        return 31 * line + column;
    }
}
