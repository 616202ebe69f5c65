package dev.serverlesslint.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.serverlesslint.core.engine.RuleSet;
import dev.serverlesslint.core.report.ReportSettings;
import dev.serverlesslint.core.rule.RuleMetadata;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;

/** {@code --list-rules --format json}: the rules' metadata for tools, as one JSON array in catalog order. */
final class RuleList {

    private RuleList() {
    }

    static void writeJson(RuleSet rules, String docsBaseUrl, PrintWriter out) throws IOException {
        ReportSettings links = ReportSettings.PLAIN.withDocsBaseUrl(docsBaseUrl);
        JsonFactory factory = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        try (JsonGenerator json = factory.createGenerator(out)) {
            json.setPrettyPrinter(new DefaultPrettyPrinter());
            json.writeStartArray();
            for (RuleMetadata rule : rules.metadata()) {
                json.writeStartObject();
                json.writeStringField("id", rule.id());
                json.writeStringField("name", rule.name());
                json.writeStringField("severity", rule.defaultSeverity().label());
                json.writeStringField("category", rule.category().tag());
                json.writeStringField("precision", rule.precision().sarifName());
                json.writeStringField("summary", rule.summary());
                if (links.docsBaseUrl().isEmpty()) {
                    json.writeNullField("docsUrl");
                } else {
                    json.writeStringField("docsUrl", links.ruleDocUrl(rule.id()));
                }
                json.writeArrayFieldStart("options");
                for (RuleMetadata.OptionSpec option : rule.options()) {
                    json.writeStartObject();
                    json.writeStringField("name", option.name());
                    json.writeStringField("type", option.type().name().toLowerCase(Locale.ROOT));
                    json.writeStringField("default", option.defaultValue());
                    json.writeStringField("description", option.description());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        out.println();
        out.flush();
    }
}
