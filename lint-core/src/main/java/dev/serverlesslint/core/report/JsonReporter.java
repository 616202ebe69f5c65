package dev.serverlesslint.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.serverlesslint.core.ToolVersion;
import dev.serverlesslint.core.engine.InternalError;
import dev.serverlesslint.core.engine.LintResult;
import dev.serverlesslint.core.finding.Finding;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.finding.TextEdit;

import java.io.IOException;
import java.io.Writer;

/** Machine-readable output: the findings and a summary, as JSON. */
public final class JsonReporter implements Reporter {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    @Override
    public void write(LintResult result, Writer out) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("tool", ToolVersion.NAME);
        root.put("version", ToolVersion.get());
        ArrayNode findings = root.putArray("findings");
        for (Finding finding : result.findings()) {
            ObjectNode node = findings.addObject();
            node.put("ruleId", finding.ruleId());
            node.put("rule", finding.ruleName());
            node.put("severity", finding.severity().label());
            node.put("path", finding.path());
            node.put("line", finding.line());
            node.put("column", finding.column());
            node.put("message", finding.message());
            if (finding.function() != null) {
                node.put("function", finding.function());
            }
            if (finding.fix() != null) {
                ObjectNode fix = node.putObject("fix").put("description", finding.fix().description());
                ArrayNode edits = fix.putArray("edits");
                for (TextEdit edit : finding.fix().edits()) {
                    edits.addObject()
                            .put("startLine", edit.start().line())
                            .put("startColumn", edit.start().column())
                            .put("endLine", edit.end().line())
                            .put("endColumn", edit.end().column())
                            .put("replacement", edit.replacement());
                }
            }
        }
        ArrayNode errors = root.putArray("internalErrors");
        for (InternalError error : result.internalErrors()) {
            errors.addObject().put("ruleId", error.ruleId()).put("path", error.path()).put("message", error.message());
        }
        ObjectNode summary = root.putObject("summary");
        summary.put("filesChecked", result.filesChecked());
        summary.put("findings", result.findings().size());
        for (Severity severity : Severity.values()) {
            summary.put(severity.label(), result.count(severity));
        }
        MAPPER.writeValue(out, root);
        out.write('\n');
    }
}
