package dev.serverlesslint.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Splits text into lines the way the parsers count them: {@code \r\n}, {@code \n} and a lone {@code \r}. */
final class LineSplitter {

    private LineSplitter() {
    }

    static List<String> lines(String content) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int length = content.length();
        for (int i = 0; i < length; i++) {
            char c = content.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(content.substring(start, i));
                if (c == '\r' && i + 1 < length && content.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(content.substring(start));
        return lines;
    }

    static Optional<String> line(String content, int line) {
        List<String> lines = lines(content);
        return line >= 1 && line <= lines.size() ? Optional.of(lines.get(line - 1)) : Optional.empty();
    }
}
