package dev.serverlesslint.core.location;

import java.util.List;
import java.util.Optional;

/** The regions of one file, to find which declaration or function a line belongs to. */
public final class FileRegions {

    public static final FileRegions NONE = new FileRegions(List.of());

    private final List<CodeRegion> regions;

    /** @param regions every region, each after the regions it is nested in */
    public FileRegions(List<CodeRegion> regions) {
        this.regions = List.copyOf(regions);
    }

    public List<CodeRegion> all() {
        return regions;
    }

    /** The smallest region containing the line (the method rather than its class; on a tie, the nested one). */
    public Optional<CodeRegion> innermost(int line) {
        CodeRegion best = null;
        for (CodeRegion region : regions) { // outer regions come before the regions nested in them
            if (region.contains(line) && (best == null || region.span() <= best.span())) {
                best = region;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The function or resource whose key is on this line. */
    public Optional<CodeRegion> functionOrResourceStartingAt(int line) {
        return regions.stream()
                .filter(region -> region.isFunctionOrResource() && region.firstLine() == line)
                .findFirst();
    }
}
