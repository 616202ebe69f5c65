package dev.serverlesslint.core.report;

import dev.serverlesslint.core.engine.InternalError;
import dev.serverlesslint.core.engine.LintResult;
import dev.serverlesslint.core.finding.Finding;
import dev.serverlesslint.core.finding.Severity;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Human-readable output, grouped by file:
 * <pre>
 * src/main/java/com/example/Handler.java
 *   14:31  warning  SL103 handler-scoped-client  DynamoDbClient is built on every request; ...
 *       14 |         DynamoDbClient client = DynamoDbClient.create();
 *          |                                 ^
 * </pre>
 * then totals by severity and by rule. The source line is shown when {@link ReportSettings#sources()}
 * has it; colours only when {@link ReportSettings#color()} says so.
 */
public final class TextReporter implements Reporter {

    /** Longer source lines are not echoed (minified or generated files). */
    static final int MAX_SNIPPET_LENGTH = 240;

    private final ReportSettings settings;
    private final AnsiStyle style;

    public TextReporter() {
        this(ReportSettings.PLAIN);
    }

    public TextReporter(ReportSettings settings) {
        this.settings = settings;
        this.style = new AnsiStyle(settings.color());
    }

    @Override
    public void write(LintResult result, Writer out) throws IOException {
        String currentPath = null;
        for (Finding finding : result.findings()) {
            if (!finding.path().equals(currentPath)) {
                if (currentPath != null) {
                    out.write('\n');
                }
                currentPath = finding.path();
                out.write(style.bold(TerminalText.lineStart(currentPath)) + "\n");
            }
            writeFinding(finding, out);
        }
        if (!result.findings().isEmpty()) {
            out.write('\n');
        }
        for (InternalError error : result.internalErrors()) {
            out.write(style.severity(Severity.ERROR, "internal error") + ": rule " + error.ruleId() + " failed on "
                    + TerminalText.escape(error.path()) + ": " + TerminalText.escape(error.message()) + "\n");
        }
        if (!result.internalErrors().isEmpty()) {
            out.write('\n');
        }
        out.write(style.bold(summary(result)) + "\n");
        writeRuleTotals(result, out);
    }

    private void writeFinding(Finding finding, Writer out) throws IOException {
        out.write("  " + finding.line() + ":" + finding.column() + "  "
                + style.severity(finding.severity(), finding.severity().label()) + "  "
                + style.dim(finding.ruleId() + " " + finding.ruleName()) + "  "
                + TerminalText.escape(finding.message()) + "\n");
        Optional<String> source = settings.sources().line(finding.path(), finding.line());
        if (source.isEmpty() || source.get().length() > MAX_SNIPPET_LENGTH || source.get().isBlank()) {
            return;
        }
        String lineNumber = String.valueOf(finding.line());
        String gutter = " ".repeat(lineNumber.length());
        out.write("    " + style.dim(lineNumber + " |") + " " + printable(source.get()) + "\n");
        out.write("    " + style.dim(gutter + " |") + " " + caretPadding(source.get(), finding.column())
                + style.severity(finding.severity(), "^") + "\n");
    }

    private void writeRuleTotals(LintResult result, Writer out) throws IOException {
        Map<String, Long> byRule = new TreeMap<>();
        Map<String, String> names = new TreeMap<>();
        for (Finding finding : result.findings()) {
            byRule.merge(finding.ruleId(), 1L, Long::sum);
            names.putIfAbsent(finding.ruleId(), finding.ruleName());
        }
        for (Map.Entry<String, Long> rule : byRule.entrySet()) {
            out.write("  " + rule.getKey() + " " + names.get(rule.getKey()) + ": " + rule.getValue() + "\n");
        }
    }

    /** The source line with control characters (other than tab) made visible-safe. */
    private static String printable(String line) {
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            out.append(c != '\t' && (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029')
                    ? '\uFFFD' : c);
        }
        return out.toString();
    }

    /**
     * Blanks up to the UTF-16 column: tabs are kept so the caret lines up with the tab stops of the
     * echoed line, and a surrogate pair takes one place, as it is one character on screen.
     */
    static String caretPadding(String line, int column) {
        StringBuilder pad = new StringBuilder();
        int end = Math.min(column - 1, line.length());
        for (int i = 0; i < end; i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                pad.append('\t');
            } else if (!Character.isLowSurrogate(c)) {
                pad.append(' ');
            }
        }
        pad.append(" ".repeat(Math.max(0, column - 1 - line.length())));
        return pad.toString();
    }

    /** One line: counts by severity, files with findings, files checked. */
    public static String summary(LintResult result) {
        int count = result.findings().size();
        if (count == 0) {
            return "No findings (" + plural(result.filesChecked(), "file") + " checked).";
        }
        long files = result.findings().stream().map(Finding::path).distinct().count();
        return plural(count, "finding") + " (" + plural(result.count(Severity.ERROR), "error") + ", "
                + plural(result.count(Severity.WARNING), "warning") + ", "
                + plural(result.count(Severity.NOTE), "note") + ") in " + plural(files, "file") + "; "
                + plural(result.filesChecked(), "file") + " checked.";
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
