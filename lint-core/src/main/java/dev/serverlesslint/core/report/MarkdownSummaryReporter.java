package dev.serverlesslint.core.report;

import dev.serverlesslint.core.engine.InternalError;
import dev.serverlesslint.core.engine.LintResult;
import dev.serverlesslint.core.finding.Finding;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.rule.RuleMetadata;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.TreeMap;

/**
 * A Markdown summary of a result, for GitHub's job summary ({@code $GITHUB_STEP_SUMMARY}): totals, a
 * table by rule with links to the rule pages, and the findings themselves (the first
 * {@value #MAX_ROWS}; annotations are capped by GitHub, the summary is where the rest shows).
 */
public final class MarkdownSummaryReporter implements Reporter {

    static final int MAX_ROWS = 200;

    private final ReportSettings settings;

    public MarkdownSummaryReporter(ReportSettings settings) {
        this.settings = settings;
    }

    @Override
    public void write(LintResult result, Writer out) throws IOException {
        out.write("## serverless-lint\n\n");
        out.write(cell(TextReporter.summary(result)) + "\n\n");
        if (!result.findings().isEmpty()) {
            out.write("| Rule | Severity | Findings |\n| --- | --- | ---: |\n");
            Map<String, Map<Severity, Integer>> byRule = new TreeMap<>();
            for (Finding finding : result.findings()) {
                byRule.computeIfAbsent(finding.ruleId(), id -> new TreeMap<>())
                        .merge(finding.severity(), 1, Integer::sum);
            }
            for (Map.Entry<String, Map<Severity, Integer>> rule : byRule.entrySet()) {
                for (Map.Entry<Severity, Integer> severity : rule.getValue().entrySet()) {
                    out.write("| " + ruleLink(result, rule.getKey()) + " | " + severity.getKey().label() + " | "
                            + severity.getValue() + " |\n");
                }
            }
            out.write("\n| Location | Rule | Severity | Message |\n| --- | --- | --- | --- |\n");
            int rows = 0;
            for (Finding finding : result.findings()) {
                if (rows++ == MAX_ROWS) {
                    break;
                }
                out.write("| " + cell(finding.path() + ":" + finding.line() + ":" + finding.column()) + " | "
                        + finding.ruleId() + " | " + finding.severity().label() + " | " + cell(finding.message())
                        + " |\n");
            }
            int hidden = result.findings().size() - MAX_ROWS;
            if (hidden > 0) {
                out.write("\n... and " + hidden + " more; see the full report.\n");
            }
            out.write("\n");
        }
        if (!result.internalErrors().isEmpty()) {
            out.write("**Internal errors** (the run is incomplete):\n\n");
            for (InternalError error : result.internalErrors()) {
                out.write("- rule " + error.ruleId() + " failed on " + cell(error.path()) + ": "
                        + cell(error.message()) + "\n");
            }
            out.write("\n");
        }
    }

    private String ruleLink(LintResult result, String ruleId) {
        String name = result.rules().metadata(ruleId).map(RuleMetadata::name).orElse("");
        String label = (ruleId + " " + name).trim();
        if (settings.docsBaseUrl().isEmpty()) {
            return cell(label);
        }
        return "[" + cell(label) + "](" + settings.ruleDocUrl(ruleId) + ")";
    }

    /**
     * Text safe inside a Markdown table cell: no HTML, no formatting, no line breaks, no pipes, and
     * other control characters (ESC, NUL, C1, line separators) shown as escapes, as in the terminal.
     */
    static String cell(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\r' -> {
                }
                case '\n' -> out.append("<br>");
                case '\\', '|', '*', '_', '`', '[', ']', '#', '~' -> out.append('\\').append(c);
                default -> {
                    String escaped = TerminalText.escaped(c);
                    out.append(escaped == null ? String.valueOf(c) : escaped.replace("\\", "\\\\"));
                }
            }
        }
        return out.toString();
    }
}
