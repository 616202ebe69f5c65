package dev.serverlesslint.core.finding;

import java.util.List;
import java.util.Objects;

/**
 * A change that resolves a finding, offered to reviewers (e.g. as reviewdog suggestions), never
 * applied silently. Only rules that know the right change exactly offer one.
 *
 * @param description what the change does, e.g. {@code Set an explicit timeout}
 * @param edits       non-overlapping edits in the finding's file
 */
public record Fix(String description, List<TextEdit> edits) {

    public Fix {
        Objects.requireNonNull(description, "description");
        edits = List.copyOf(edits);
        if (edits.isEmpty()) {
            throw new IllegalArgumentException("a fix needs at least one edit");
        }
    }

    // written out, not generated: see Finding#equals
    @Override
    public boolean equals(Object other) {
        return other instanceof Fix fix && description.equals(fix.description) && edits.equals(fix.edits);
    }

    @Override
    public int hashCode() {
        return 31 * description.hashCode() + edits.hashCode();
    }
}
