package dev.serverlesslint.rules.conformance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A deliberate difference between serverless-lint and a peer's expectations, with its reason:
 * {@code absent} = we do not report a rule the expectations require, {@code extra} = we report a
 * rule they do not allow. Read from a test resource so every exception is written down.
 */
record Disagreement(String file, String ruleId, Kind kind, String reason) {

    enum Kind { ABSENT, EXTRA }

    static List<Disagreement> read(String resource) {
        InputStream stream = Disagreement.class.getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("missing test resource " + resource);
        }
        List<Disagreement> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length < 4 || cells[3].isBlank()) {
                    throw new IllegalStateException(resource + ": expected 'file<TAB>rule<TAB>absent|extra<TAB>reason': "
                            + line);
                }
                rows.add(new Disagreement(cells[0], cells[1], Kind.valueOf(cells[2].trim().toUpperCase()), cells[3]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
