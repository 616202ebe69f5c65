package dev.serverlesslint.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.Writer;

/**
 * JSON for the reports that build each entry as a tree (SARIF, rdjson): the document's frame is
 * streamed and each finding's entry is built and written one at a time, so a report of any size
 * needs memory for one entry, not for a tree of the whole report.
 */
final class JsonTrees {

    /** Set up on first use only: the JSON report writes its own generator calls and never needs it. */
    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private JsonTrees() {
    }

    /**
     * An indented generator on {@code out} that writes trees ({@link JsonGenerator#writeTree}) as
     * {@link #MAPPER} would; closing it flushes and leaves {@code out} open.
     */
    static JsonGenerator generator(Writer out) throws IOException {
        return MAPPER.writer().createGenerator(out);
    }
}
