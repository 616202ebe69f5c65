package dev.serverlesslint.core.finding;

import java.util.Objects;

/**
 * Replace the text between two positions of the finding's file with new text. Positions are 1-based,
 * columns in UTF-16 code units like {@link Finding#column()}; the end is exclusive. An insertion has
 * {@code start == end}.
 */
public record TextEdit(SourcePosition start, SourcePosition end, String replacement) {

    public TextEdit {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(replacement, "replacement");
        if (end.line() < start.line() || (end.line() == start.line() && end.column() < start.column())) {
            throw new IllegalArgumentException("edit ends before it starts: " + start + " .. " + end);
        }
    }

    public static TextEdit insert(SourcePosition at, String text) {
        return new TextEdit(at, at, text);
    }

    // written out, not generated: see Finding#equals
    @Override
    public boolean equals(Object other) {
        return other instanceof TextEdit edit && start.equals(edit.start) && end.equals(edit.end)
                && replacement.equals(edit.replacement);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * start.hashCode() + end.hashCode()) + replacement.hashCode();
    }
}
