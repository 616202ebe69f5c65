package dev.serverlesslint.rules.packaging;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The table of known heavy dependencies ({@code heavy-dependencies.tsv}), with when each applies. */
final class HeavyDependencyCatalog {

    private static final String TABLE = "/dev/serverlesslint/rules/packaging/heavy-dependencies.tsv";
    private static final HeavyDependencyCatalog PUBLISHED = load();

    /** One row: the dependency, its condition, the alternative and the reason. */
    record Entry(String coordinates, Set<String> unlessAny, String unlessJavaMentions, String alternative,
                 String reason) {
    }

    private final List<Entry> entries;

    private HeavyDependencyCatalog(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    static HeavyDependencyCatalog published() {
        return PUBLISHED;
    }

    Optional<Entry> find(String coordinates) {
        return entries.stream().filter(e -> e.coordinates().equals(coordinates)).findFirst();
    }

    private static HeavyDependencyCatalog load() {
        List<Entry> entries = new ArrayList<>();
        try (InputStream in = HeavyDependencyCatalog.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + TABLE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                if (columns.length != 4) {
                    throw new IllegalStateException(TABLE + ": bad line '" + line + "'");
                }
                entries.add(entry(columns));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new HeavyDependencyCatalog(entries);
    }

    private static Entry entry(String[] columns) {
        String condition = columns[1];
        Set<String> unlessAny = Set.of();
        String unlessJava = null;
        if (condition.startsWith("unless-any=")) {
            unlessAny = Set.of(condition.substring("unless-any=".length()).split(","));
        } else if (condition.startsWith("unless-java-mentions=")) {
            unlessJava = condition.substring("unless-java-mentions=".length());
        } else if (!condition.equals("always")) {
            throw new IllegalStateException(TABLE + ": unknown condition '" + condition + "'");
        }
        return new Entry(columns[0], unlessAny, unlessJava, columns[2], columns[3]);
    }
}
