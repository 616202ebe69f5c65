package dev.serverlesslint.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.serverlesslint.core.engine.LintResult;
import dev.serverlesslint.core.finding.Finding;
import dev.serverlesslint.core.finding.Severity;

import java.io.IOException;
import java.io.Writer;

/**
 * GitLab's Code Quality report (the Code Climate subset GitLab reads, {@code artifacts:reports:codequality}):
 * a JSON array with one issue per finding, {@code description} (the message), {@code check_name}
 * ({@code serverless-lint:SLxxx}, as in suppressions), {@code fingerprint}, {@code severity} and
 * {@code location.path} / {@code location.lines.begin}. Severities map to GitLab's scale: error is
 * {@code critical}, warning {@code major}, note {@code info}. The fingerprint is the one SARIF uses (rule, path,
 * function and source line, counted when repeated), so it is unique in a report and survives line moves, which is
 * how GitLab tells new issues in a merge request from old ones. Rule failures have no place in this format: they
 * are printed on standard error and the exit code is 2.
 */
public final class GitlabCodeQualityReporter implements Reporter {

    static final String CHECK_PREFIX = "serverless-lint:";

    private final ReportSettings settings;

    public GitlabCodeQualityReporter(ReportSettings settings) {
        this.settings = settings;
    }

    @Override
    public void write(LintResult result, Writer out) throws IOException {
        FindingFingerprints fingerprints = new FindingFingerprints(settings.sources());
        try (JsonGenerator json = JsonTrees.generator(out)) {
            json.writeStartArray();
            for (Finding finding : result.findings()) {
                json.writeTree(issue(finding, fingerprints.next(finding)));
            }
            json.writeEndArray();
        }
        out.write('\n');
    }

    private static ObjectNode issue(Finding finding, String fingerprint) {
        ObjectNode issue = JsonTrees.MAPPER.createObjectNode();
        issue.put("description", finding.message());
        issue.put("check_name", CHECK_PREFIX + finding.ruleId());
        issue.put("fingerprint", fingerprint);
        issue.put("severity", severity(finding.severity()));
        issue.putObject("location")
                .put("path", finding.path())
                .putObject("lines").put("begin", finding.line());
        return issue;
    }

    static String severity(Severity severity) {
        return switch (severity) {
            case ERROR -> "critical";
            case WARNING -> "major";
            case NOTE -> "info";
        };
    }
}
