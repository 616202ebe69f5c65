package dev.serverlesslint.core.report;

import dev.serverlesslint.core.engine.LintResult;
import dev.serverlesslint.core.finding.Finding;
import dev.serverlesslint.core.finding.Severity;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Checkstyle 4.3 XML: {@code <checkstyle><file name><error line column severity message source/>}, the
 * format reviewdog ({@code -f=checkstyle}), Jenkins and most CI dashboards read. {@code source} is
 * {@code serverless-lint.SLxxx}; notes have severity {@code info}. Files appear in report order.
 */
public final class CheckstyleReporter implements Reporter {

    static final String SOURCE_PREFIX = "serverless-lint.";

    @Override
    public void write(LintResult result, Writer out) throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<checkstyle version=\"4.3\">\n");
        Map<String, List<Finding>> byFile = result.findings().stream()
                .collect(Collectors.groupingBy(Finding::path, LinkedHashMap::new, Collectors.toList()));
        for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
            out.write("  <file name=\"" + XmlText.attribute(file.getKey()) + "\">\n");
            for (Finding finding : file.getValue()) {
                out.write("    <error line=\"" + finding.line() + "\" column=\"" + finding.column()
                        + "\" severity=\"" + severity(finding.severity())
                        + "\" message=\"" + XmlText.attribute(finding.message())
                        + "\" source=\"" + XmlText.attribute(SOURCE_PREFIX + finding.ruleId()) + "\"/>\n");
            }
            out.write("  </file>\n");
        }
        out.write("</checkstyle>\n");
    }

    static String severity(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "info";
        };
    }
}
