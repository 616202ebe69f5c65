package dev.serverlesslint.maven;

import dev.serverlesslint.core.engine.InternalError;
import dev.serverlesslint.core.engine.LintResult;
import dev.serverlesslint.core.finding.Finding;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.report.TerminalText;
import org.apache.maven.plugin.logging.Log;

import java.nio.file.Path;
import java.util.List;

/**
 * Writes a lint result to the Maven log: one line per finding,
 * {@code path:line:col  severity  ID name  message}, at the log level matching its severity
 * (error, warning, info for notes), and a summary line.
 */
final class FindingLog {

    private final Log log;

    FindingLog(Log log) {
        this.log = log;
    }

    /** Every finding, one line each, then the internal errors. */
    void findings(LintResult result) {
        for (Finding finding : result.findings()) {
            String line = MavenWording.of(format(finding));
            switch (finding.severity()) {
                case ERROR -> log.error(line);
                case WARNING -> log.warn(line);
                case NOTE -> log.info(line);
            }
        }
        internalErrors(result);
    }

    /** The rules that failed: logged even when the findings are not ({@code consoleOutput} off). */
    void internalErrors(LintResult result) {
        for (InternalError error : result.internalErrors()) {
            log.error("internal error: rule " + error.ruleId() + " failed on " + TerminalText.escape(error.path())
                    + ": " + TerminalText.escape(error.message()), error.cause());
        }
    }

    void summary(LintResult result, List<Path> reports) {
        String hidden = result.hiddenByBaseline() == 0 ? ""
                : " " + ViolationVerdict.plural(result.hiddenByBaseline(), "finding") + " hidden by the baseline.";
        log.info(summaryLine(result) + hidden + (reports.isEmpty() ? "" : ViolationVerdict.reportsSentence(reports)));
    }

    static String format(Finding finding) {
        // Escaped: a file name or configuration key with a line break could otherwise start a log line
        // with a GitHub workflow command (::add-mask::) or send ANSI sequences to the terminal.
        return TerminalText.escape(finding.path()) + ":" + finding.line() + ":" + finding.column() + "  "
                + finding.severity().label() + "  " + finding.ruleId() + " " + finding.ruleName() + "  "
                + TerminalText.escape(finding.message());
    }

    static String summaryLine(LintResult result) {
        String checked = ViolationVerdict.plural(result.filesChecked(), "file") + " checked";
        if (result.findings().isEmpty()) {
            return "serverless-lint: no findings (" + checked + ").";
        }
        long files = result.findings().stream().map(Finding::path).distinct().count();
        return "serverless-lint: " + ViolationVerdict.plural(result.findings().size(), "finding") + " ("
                + ViolationVerdict.plural(result.count(Severity.ERROR), "error") + ", "
                + ViolationVerdict.plural(result.count(Severity.WARNING), "warning") + ", "
                + ViolationVerdict.plural(result.count(Severity.NOTE), "note") + ") in "
                + ViolationVerdict.plural(files, "file") + "; " + checked + ".";
    }
}
