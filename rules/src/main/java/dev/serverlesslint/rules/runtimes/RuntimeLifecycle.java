package dev.serverlesslint.rules.runtimes;

import dev.serverlesslint.rules.data.DataTable;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * AWS Lambda's published deprecation dates of managed runtimes, read from {@code runtimes.tsv}
 * (columns: runtime identifier, deprecation date, suggested replacement).
 */
public final class RuntimeLifecycle {

    /** One managed runtime: when AWS deprecates it and what to move to. */
    public record Runtime(String identifier, LocalDate deprecation, String replacement) {
    }

    private static final String TABLE = "runtimes.tsv";
    private static final RuntimeLifecycle PUBLISHED = load();

    private final Map<String, Runtime> byIdentifier;

    private RuntimeLifecycle(Map<String, Runtime> byIdentifier) {
        this.byIdentifier = Map.copyOf(byIdentifier);
    }

    public static RuntimeLifecycle published() {
        return PUBLISHED;
    }

    public Optional<Runtime> find(String identifier) {
        return Optional.ofNullable(byIdentifier.get(identifier));
    }

    private static RuntimeLifecycle load() {
        Map<String, Runtime> runtimes = new HashMap<>();
        for (String[] columns : DataTable.rows(RuntimeLifecycle.class, TABLE, 3)) {
            runtimes.put(columns[0], new Runtime(columns[0], LocalDate.parse(columns[1]), columns[2]));
        }
        return new RuntimeLifecycle(runtimes);
    }
}
