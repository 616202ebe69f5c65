package dev.serverlesslint.core.report;

import dev.serverlesslint.core.engine.InternalError;
import dev.serverlesslint.core.engine.LintResult;
import dev.serverlesslint.core.finding.Finding;
import dev.serverlesslint.core.finding.Severity;

import java.io.IOException;
import java.io.Writer;

/**
 * GitHub Actions workflow commands, one per finding: {@code ::warning file=F,line=L,col=C,title=SLxxx
 * name::message} ({@code ::error} for errors, {@code ::notice} for notes), which the runner turns into
 * annotations on the pull request's diff. Ends with a plain summary line for the log. The Markdown job
 * summary is {@link MarkdownSummaryReporter}'s job.
 */
public final class GithubWorkflowReporter implements Reporter {

    private final ReportSettings settings;

    public GithubWorkflowReporter(ReportSettings settings) {
        this.settings = settings;
    }

    @Override
    public void write(LintResult result, Writer out) throws IOException {
        for (Finding finding : result.findings()) {
            out.write("::" + command(finding.severity())
                    + " file=" + WorkflowCommand.escapeProperty(finding.path())
                    + ",line=" + finding.line()
                    + ",col=" + finding.column()
                    + ",title=" + WorkflowCommand.escapeProperty(finding.ruleId() + " " + finding.ruleName())
                    + "::" + WorkflowCommand.escapeData(message(finding)) + "\n");
        }
        for (InternalError error : result.internalErrors()) {
            out.write("::error file=" + WorkflowCommand.escapeProperty(error.path())
                    + ",title=" + WorkflowCommand.escapeProperty("serverless-lint internal error")
                    + "::" + WorkflowCommand.escapeData("rule " + error.ruleId() + " failed: " + error.message())
                    + "\n");
        }
        out.write(TextReporter.summary(result) + "\n");
    }

    private String message(Finding finding) {
        if (settings.docsBaseUrl().isEmpty()) {
            return finding.message();
        }
        return finding.message() + "\n" + settings.ruleDocUrl(finding.ruleId());
    }

    static String command(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "notice";
        };
    }
}
