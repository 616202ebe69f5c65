package dev.serverlesslint.rules.packaging;

import dev.serverlesslint.rules.data.DataTable;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The table of known heavy dependencies ({@code heavy-dependencies.tsv}), with when each applies. */
final class HeavyDependencyCatalog {

    private static final String TABLE = "/dev/serverlesslint/rules/packaging/heavy-dependencies.tsv";
    private static final HeavyDependencyCatalog PUBLISHED = load();

    /** One row: the dependency, its condition, the alternative and the reason. */
    record Entry(String coordinates, Set<String> unlessAny, String unlessJavaMentions, Set<String> unlessGroups,
                 String alternative, String reason) {
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
        for (String[] columns : DataTable.rows(HeavyDependencyCatalog.class, TABLE, 4)) {
            if (columns.length != 4) {
                throw new IllegalStateException(TABLE + ": bad line '" + String.join("\t", columns) + "'");
            }
            entries.add(entry(columns));
        }
        return new HeavyDependencyCatalog(entries);
    }

    private static Entry entry(String[] columns) {
        Set<String> unlessAny = Set.of();
        String unlessJava = null;
        Set<String> unlessGroups = Set.of();
        for (String condition : columns[1].split(";")) {
            if (condition.startsWith("unless-any=")) {
                unlessAny = Set.of(condition.substring("unless-any=".length()).split(","));
            } else if (condition.startsWith("unless-java-mentions=")) {
                unlessJava = condition.substring("unless-java-mentions=".length());
            } else if (condition.startsWith("unless-group=")) {
                unlessGroups = Set.of(condition.substring("unless-group=".length()).split(","));
            } else if (!condition.equals("always")) {
                throw new IllegalStateException(TABLE + ": unknown condition '" + condition + "'");
            }
        }
        return new Entry(columns[0], unlessAny, unlessJava, unlessGroups, columns[2], columns[3]);
    }
}
