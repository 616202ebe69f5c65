package dev.serverlesslint.core.packaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Measures a jar or zip from its central directory: sizes as declared by the entries, never
 * extracted, with a cap on the entries counted (a crafted archive cannot exhaust memory or time).
 * Entries are attributed to the resolved dependency jar that holds an entry of the same name
 * (a shaded jar), else to a nested jar ({@code lib/x.jar}), else to a package directory.
 */
public final class ArchiveMeter {

    public static final int DEFAULT_MAX_ENTRIES = 500_000;

    private final int maxEntries;

    public ArchiveMeter() {
        this(DEFAULT_MAX_ENTRIES);
    }

    public ArchiveMeter(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    public ArchiveMeasurement measure(Path archive, List<ResolvedDependency> dependencies) throws IOException {
        Map<String, String> owners = entryOwners(dependencies);
        Map<String, long[]> sizes = new HashMap<>();
        long unzipped = 0;
        int entries = 0;
        boolean truncated = false;
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                if (entries >= maxEntries) {
                    truncated = true;
                    break;
                }
                entries++;
                if (entry.isDirectory()) {
                    continue;
                }
                long size = Math.max(0, entry.getSize());
                long compressed = Math.max(0, entry.getCompressedSize());
                unzipped = saturatedAdd(unzipped, size);
                String owner = owners.getOrDefault(entry.getName(), ContributorNames.of(entry.getName()));
                long[] total = sizes.computeIfAbsent(owner, o -> new long[2]);
                total[0] = saturatedAdd(total[0], compressed);
                total[1] = saturatedAdd(total[1], size);
            }
        }
        List<Contributor> contributors = new ArrayList<>();
        sizes.forEach((name, total) -> contributors.add(new Contributor(name, total[0], total[1])));
        contributors.sort(Comparator.comparingLong(Contributor::zippedBytes).reversed()
                .thenComparing(Contributor::name));
        return new ArchiveMeasurement(archive, Files.size(archive), unzipped, entries, truncated, contributors);
    }

    /** Entry name to the dependency holding it; shared names (manifests, directories) belong to no one. */
    private Map<String, String> entryOwners(List<ResolvedDependency> dependencies) {
        Map<String, String> owners = new HashMap<>();
        for (ResolvedDependency dependency : dependencies) {
            Path jar = dependency.file();
            if (jar == null || !Files.isRegularFile(jar) || !jar.getFileName().toString().endsWith(".jar")) {
                continue;
            }
            String label = dependency.coordinates() + ":" + dependency.version();
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                Enumeration<? extends ZipEntry> all = zip.entries();
                int counted = 0;
                while (all.hasMoreElements() && counted++ < maxEntries) {
                    ZipEntry entry = all.nextElement();
                    String name = entry.getName();
                    if (!entry.isDirectory() && !name.startsWith("META-INF/")) {
                        owners.putIfAbsent(name, label);
                    }
                }
            } catch (IOException e) {
                // An unreadable dependency jar only loses its attribution.
            }
        }
        return owners;
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }
}
