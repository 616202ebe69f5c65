package dev.serverlesslint.core.report;

/**
 * Text from the linted project (file names, YAML keys, function names, messages quoting them) made
 * safe for a terminal or a CI log: control characters — C0 (newline, ESC, ...), DEL and C1, and
 * the Unicode line and paragraph separators — are shown as escapes ({@code \n}, {@code \u001b}), so
 * no line break, ANSI/OSC sequence or carriage return reaches the reader; and a text that starts a
 * line never starts with {@code ::}, which GitHub Actions would run as a workflow command
 * ({@code ::add-mask::}, {@code ::error file=..}).
 */
public final class TerminalText {

    private TerminalText() {
    }

    /** {@code text} with every control character escaped. */
    public static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escaped = escaped(c);
            if (escaped != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (escaped != null) {
                    out.append(escaped);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /** {@link #escape} for text printed at the start of a line: {@code ::} there becomes {@code \:\:}. */
    public static String lineStart(String text) {
        String escaped = escape(text);
        String trimmed = escaped.stripLeading();
        if (trimmed.startsWith("::")) {
            return escaped.substring(0, escaped.length() - trimmed.length()) + "\\:\\:" + trimmed.substring(2);
        }
        return escaped;
    }

    /** The escape shown for {@code c}, or null when {@code c} is shown as it is. */
    static String escaped(char c) {
        switch (c) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            default:
                break;
        }
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029') {
            return String.format("\\u%04x", (int) c);
        }
        return null;
    }
}
