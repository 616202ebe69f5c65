package dev.serverlesslint.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The object mapper of the reports that build a JSON tree before writing it (SARIF, rdjson). */
final class JsonTrees {

    /** Set up on first use only: the JSON report streams and never needs it. */
    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private JsonTrees() {
    }
}
