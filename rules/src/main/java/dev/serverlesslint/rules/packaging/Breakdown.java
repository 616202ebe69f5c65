package dev.serverlesslint.rules.packaging;

import dev.serverlesslint.core.packaging.ArchiveMeasurement;
import dev.serverlesslint.core.packaging.Contributor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;

/** The biggest contributors of an archive as message text: {@code a 40.1 MB (80%), b 5.0 MB (10%), 12 others 5.0 MB (10%)}. */
final class Breakdown {

    static final int SHOWN = 5;

    private Breakdown() {
    }

    static String of(ArchiveMeasurement measurement, boolean unzipped) {
        ToLongFunction<Contributor> size = unzipped ? Contributor::unzippedBytes : Contributor::zippedBytes;
        List<Contributor> sorted = new ArrayList<>(measurement.contributors());
        sorted.sort(Comparator.comparingLong(size).reversed().thenComparing(Contributor::name));
        long total = sorted.stream().mapToLong(size).sum();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < Math.min(SHOWN, sorted.size()); i++) {
            Contributor contributor = sorted.get(i);
            long bytes = size.applyAsLong(contributor);
            parts.add(contributor.name() + " " + SizeText.of(bytes) + " (" + SizeText.percent(bytes, total) + ")");
        }
        if (sorted.size() > SHOWN) {
            long rest = sorted.subList(SHOWN, sorted.size()).stream().mapToLong(size).sum();
            parts.add((sorted.size() - SHOWN) + " others " + SizeText.of(rest) + " (" + SizeText.percent(rest, total) + ")");
        }
        return String.join(", ", parts);
    }
}
