package dev.serverlesslint.core.report;

import dev.serverlesslint.core.engine.InternalError;
import dev.serverlesslint.core.engine.LintResult;
import dev.serverlesslint.core.finding.Finding;
import dev.serverlesslint.core.finding.Severity;

import java.io.IOException;
import java.io.Writer;

/**
 * Human-readable output: one line per finding, {@code path:line:col  severity  ID name  message},
 * grouped by file, then a summary line.
 */
public final class TextReporter implements Reporter {

    @Override
    public void write(LintResult result, Writer out) throws IOException {
        String currentPath = null;
        for (Finding finding : result.findings()) {
            if (currentPath != null && !currentPath.equals(finding.path())) {
                out.write('\n');
            }
            currentPath = finding.path();
            out.write(finding.path() + ":" + finding.line() + ":" + finding.column() + "  "
                    + finding.severity().label() + "  " + finding.ruleId() + " " + finding.ruleName() + "  "
                    + finding.message() + "\n");
        }
        for (InternalError error : result.internalErrors()) {
            out.write("internal error: rule " + error.ruleId() + " failed on " + error.path() + ": "
                    + error.message() + "\n");
        }
        if (!result.findings().isEmpty()) {
            out.write('\n');
        }
        out.write(summary(result) + "\n");
    }

    static String summary(LintResult result) {
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
