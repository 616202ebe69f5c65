package dev.serverlesslint.core.location;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The regions of one file, to find which declaration or function a line belongs to. */
public final class FileRegions {

    public static final FileRegions NONE = new FileRegions(List.of());

    private final List<CodeRegion> regions;

    public FileRegions(List<CodeRegion> regions) {
        this.regions = List.copyOf(regions);
    }

    public List<CodeRegion> all() {
        return regions;
    }

    /** The smallest region containing the line (the method rather than its class). */
    public Optional<CodeRegion> innermost(int line) {
        return regions.stream()
                .filter(region -> region.contains(line))
                .min(Comparator.comparingInt(CodeRegion::span)
                        .thenComparing(Comparator.comparingInt(CodeRegion::firstLine).reversed()));
    }

    /** The function or resource whose key is on this line. */
    public Optional<CodeRegion> functionOrResourceStartingAt(int line) {
        return regions.stream()
                .filter(region -> region.isFunctionOrResource() && region.firstLine() == line)
                .findFirst();
    }
}
