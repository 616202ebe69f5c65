package dev.serverlesslint.core.location;

import java.util.List;

/** The lines of a file as the linter counts them: split on LF, CRLF or CR. */
public record SourceLines(List<String> lines) {

    public static final SourceLines NONE = new SourceLines(List.of());

    public SourceLines {
        lines = List.copyOf(lines);
    }

    public static SourceLines of(String text) {
        return new SourceLines(List.of(text.split("\r\n|\r|\n", -1)));
    }

    /** The text of a 1-based line, or an empty string past the end. */
    public String line(int number) {
        return number >= 1 && number <= lines.size() ? lines.get(number - 1) : "";
    }

    public int count() {
        return lines.size();
    }

    /**
     * The first line after {@code line} that holds code: not blank and not only a comment
     * (comment-only lines start with one of the given markers once indented). 0 if there is none.
     */
    public int nextCodeLine(int line, List<String> commentMarkers) {
        for (int n = line + 1; n <= lines.size(); n++) {
            String trimmed = line(n).strip();
            if (!trimmed.isEmpty() && commentMarkers.stream().noneMatch(trimmed::startsWith)) {
                return n;
            }
        }
        return 0;
    }
}
