package dev.serverlesslint.core.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.serverlesslint.core.ToolVersion;
import dev.serverlesslint.core.engine.InternalError;
import dev.serverlesslint.core.engine.LintResult;
import dev.serverlesslint.core.finding.Finding;
import dev.serverlesslint.core.finding.RelatedLocation;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.finding.TextEdit;

import java.io.IOException;
import java.io.Writer;

/** Machine-readable output: the findings and a summary, as JSON. */
public final class JsonReporter implements Reporter {

    /**
     * This report is written as a stream: Jackson's generator alone, without the object mapper,
     * whose set-up is a good part of a short run (a pre-commit hook, a PR bot on a few templates).
     */
    private static final JsonFactory FACTORY = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    @Override
    public void write(LintResult result, Writer out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.setPrettyPrinter(new DefaultPrettyPrinter());
            json.writeStartObject();
            json.writeStringField("tool", ToolVersion.NAME);
            json.writeStringField("version", ToolVersion.get());
            json.writeArrayFieldStart("findings");
            for (Finding finding : result.findings()) {
                writeFinding(finding, json);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("internalErrors");
            for (InternalError error : result.internalErrors()) {
                json.writeStartObject();
                json.writeStringField("ruleId", error.ruleId());
                json.writeStringField("path", error.path());
                json.writeStringField("message", error.message());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeObjectFieldStart("summary");
            json.writeNumberField("filesChecked", result.filesChecked());
            json.writeNumberField("findings", result.findings().size());
            for (Severity severity : Severity.values()) {
                json.writeNumberField(severity.label(), result.count(severity));
            }
            json.writeEndObject();
            json.writeEndObject();
        }
        out.write('\n');
    }

    private static void writeFinding(Finding finding, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", finding.ruleId());
        json.writeStringField("rule", finding.ruleName());
        json.writeStringField("severity", finding.severity().label());
        json.writeStringField("path", finding.path());
        json.writeNumberField("line", finding.line());
        json.writeNumberField("column", finding.column());
        json.writeStringField("message", finding.message());
        if (finding.function() != null) {
            json.writeStringField("function", finding.function());
        }
        if (!finding.related().isEmpty()) {
            json.writeArrayFieldStart("related");
            for (RelatedLocation place : finding.related()) {
                json.writeStartObject();
                json.writeStringField("path", place.path());
                json.writeNumberField("line", place.line());
                json.writeNumberField("column", place.column());
                json.writeStringField("message", place.message());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        if (finding.fix() != null) {
            json.writeObjectFieldStart("fix");
            json.writeStringField("description", finding.fix().description());
            json.writeArrayFieldStart("edits");
            for (TextEdit edit : finding.fix().edits()) {
                json.writeStartObject();
                json.writeNumberField("startLine", edit.start().line());
                json.writeNumberField("startColumn", edit.start().column());
                json.writeNumberField("endLine", edit.end().line());
                json.writeNumberField("endColumn", edit.end().column());
                json.writeStringField("replacement", edit.replacement());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndObject();
    }
}
