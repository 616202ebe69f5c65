package dev.serverlesslint.rules.runtimes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
        try (InputStream in = RuntimeLifecycle.class.getResourceAsStream(TABLE)) {
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
                if (columns.length < 3) {
                    throw new IllegalStateException(TABLE + ": bad line '" + line + "'");
                }
                runtimes.put(columns[0], new Runtime(columns[0], LocalDate.parse(columns[1]), columns[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RuntimeLifecycle(runtimes);
    }
}
