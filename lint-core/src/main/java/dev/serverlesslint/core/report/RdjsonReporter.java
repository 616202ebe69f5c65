package dev.serverlesslint.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.serverlesslint.core.ToolVersion;
import dev.serverlesslint.core.engine.LintResult;
import dev.serverlesslint.core.finding.Finding;
import dev.serverlesslint.core.finding.RelatedLocation;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.finding.SourcePosition;
import dev.serverlesslint.core.finding.TextEdit;

import java.io.IOException;
import java.io.Writer;

/**
 * reviewdog's Diagnostic Format as one JSON document ({@code reviewdog -f=rdjson}). Columns in this
 * format count UTF-8 bytes, so they are converted from the findings' UTF-16 columns using the source
 * line (ASCII lines, and lines that cannot be read, keep their column). A finding that offers a
 * {@link dev.serverlesslint.core.finding.Fix} carries one suggestion per edit; related locations (request-path
 * hops, the configuration of a code finding) are {@code related_locations}.
 */
public final class RdjsonReporter implements Reporter {

    private final ReportSettings settings;

    public RdjsonReporter(ReportSettings settings) {
        this.settings = settings;
    }

    @Override
    public void write(LintResult result, Writer out) throws IOException {
        // The frame is streamed and each diagnostic written as soon as it is built: memory for one diagnostic.
        try (JsonGenerator json = JsonTrees.generator(out)) {
            json.writeStartObject();
            json.writeObjectFieldStart("source");
            json.writeStringField("name", ToolVersion.NAME);
            json.writeEndObject();
            json.writeArrayFieldStart("diagnostics");
            for (Finding finding : result.findings()) {
                json.writeTree(diagnostic(finding));
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
    }

    private ObjectNode diagnostic(Finding finding) {
        ObjectNode diagnostic = JsonTrees.MAPPER.createObjectNode();
        diagnostic.put("message", finding.message());
        ObjectNode location = diagnostic.putObject("location");
        location.put("path", finding.path());
        ObjectNode range = location.putObject("range");
        putPosition(range.putObject("start"), finding.path(), new SourcePosition(finding.line(), finding.column()));
        diagnostic.put("severity", severity(finding.severity()));
        ObjectNode code = diagnostic.putObject("code").put("value", finding.ruleId());
        if (!settings.docsBaseUrl().isEmpty()) {
            code.put("url", settings.ruleDocUrl(finding.ruleId()));
        }
        if (!finding.related().isEmpty()) {
            ArrayNode related = diagnostic.putArray("related_locations");
            for (RelatedLocation place : finding.related()) {
                ObjectNode node = related.addObject().put("message", place.message());
                ObjectNode placeLocation = node.putObject("location").put("path", place.path());
                putPosition(placeLocation.putObject("range").putObject("start"), place.path(),
                        new SourcePosition(place.line(), place.column()));
            }
        }
        if (finding.fix() != null) {
            ArrayNode suggestions = diagnostic.putArray("suggestions");
            for (TextEdit edit : finding.fix().edits()) {
                ObjectNode suggestion = suggestions.addObject();
                ObjectNode editRange = suggestion.putObject("range");
                putPosition(editRange.putObject("start"), finding.path(), edit.start());
                putPosition(editRange.putObject("end"), finding.path(), edit.end());
                suggestion.put("text", edit.replacement());
            }
        }
        return diagnostic;
    }

    private void putPosition(ObjectNode node, String path, SourcePosition position) {
        node.put("line", position.line());
        node.put("column", settings.sources().line(path, position.line())
                .map(text -> utf8Column(text, position.column()))
                .orElse(position.column()));
    }

    /** The 1-based UTF-8 byte column of a 1-based UTF-16 column of {@code lineText}. */
    static int utf8Column(String lineText, int utf16Column) {
        int units = utf16Column - 1;
        int inLine = Math.min(units, lineText.length());
        int bytes = 0;
        for (int i = 0; i < inLine; i++) {
            char c = lineText.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)) {
                bytes += 4;
            } else if (!Character.isLowSurrogate(c)) {
                bytes += 3;
            }
        }
        return bytes + (units - inLine) + 1;
    }

    static String severity(Severity severity) {
        return switch (severity) {
            case ERROR -> "ERROR";
            case WARNING -> "WARNING";
            case NOTE -> "INFO";
        };
    }
}
