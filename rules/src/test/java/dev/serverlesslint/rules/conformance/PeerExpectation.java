package dev.serverlesslint.rules.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One row of a peer's {@code expected.tsv}: a template, the rule IDs we must report on it and the
 * ones we may report.
 */
record PeerExpectation(String file, Set<String> expected, Set<String> may, String notes) {

    static List<PeerExpectation> read(Path tsv) {
        List<String> lines;
        try {
            lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> header = Arrays.asList(lines.get(0).split("\t", -1));
        int file = header.indexOf("file");
        int expected = header.indexOf("expected");
        int may = header.indexOf("may");
        int notes = header.indexOf("notes");
        if (file < 0 || expected < 0 || may < 0) {
            throw new IllegalStateException(tsv + ": header must have file, expected and may columns: " + header);
        }
        List<PeerExpectation> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            rows.add(new PeerExpectation(cells[file], ids(cells[expected]), ids(cells[may]),
                    notes >= 0 && notes < cells.length ? cells[notes] : ""));
        }
        return rows;
    }

    private static Set<String> ids(String cell) {
        Set<String> ids = new TreeSet<>();
        for (String id : cell.trim().split("\\s+")) {
            if (!id.isEmpty() && !id.equals("-")) {
                ids.add(id);
            }
        }
        return ids;
    }
}
