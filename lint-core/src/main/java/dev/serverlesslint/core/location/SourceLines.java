package dev.serverlesslint.core.location;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The lines of a file as the linter and its parsers count them: split on LF, CRLF or a lone CR. The
 * project's one line splitter (positions, reporters' source lines, fixture expectations).
 */
public record SourceLines(List<String> lines) {

    public static final SourceLines NONE = new SourceLines(List.of());

    public SourceLines {
        lines = List.copyOf(lines);
    }

    public static SourceLines of(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
        return new SourceLines(lines);
    }

    /** The text of a 1-based line, or empty past the end. */
    public Optional<String> find(int number) {
        return number >= 1 && number <= lines.size() ? Optional.of(lines.get(number - 1)) : Optional.empty();
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
