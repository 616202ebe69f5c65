package dev.serverlesslint.rules.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a rule's data table shipped as a class-path resource: tab-separated columns, one row per
 * line, blank lines and {@code #} comments skipped. A missing resource or a short row is a build
 * defect, so it fails loudly rather than turning a rule silently off.
 */
public final class DataTable {

    private DataTable() {
    }

    /**
     * @param owner      the class the resource name is resolved against
     * @param resource   resource name (relative to {@code owner}'s package, or absolute with {@code /})
     * @param minColumns the fewest columns a row may have
     */
    public static List<String[]> rows(Class<?> owner, String resource, int minColumns) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                if (columns.length < minColumns) {
                    throw new IllegalStateException(resource + ": bad line '" + line + "'");
                }
                rows.add(columns);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
