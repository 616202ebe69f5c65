package dev.serverlesslint.core.packaging;

import java.nio.file.Path;
import java.util.List;

/**
 * The sizes of a jar or zip, read from its central directory (nothing is extracted).
 *
 * @param file          the archive
 * @param zippedBytes   the archive's size on disk (what a direct upload sends)
 * @param unzippedBytes the sum of the entries' uncompressed sizes (what Lambda extracts)
 * @param entries       the entries counted
 * @param truncated     the archive has more entries than the meter counts; the sizes are lower bounds
 * @param contributors  the parts of the archive, biggest first
 */
public record ArchiveMeasurement(Path file, long zippedBytes, long unzippedBytes, int entries, boolean truncated,
                                 List<Contributor> contributors) {

    public ArchiveMeasurement {
        contributors = List.copyOf(contributors);
    }
}
