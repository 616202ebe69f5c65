package dev.serverlesslint.core.packaging;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
    /**
     * The largest central directory read: {@link ZipFile} loads it whole, so a directory claiming
     * 1.5 GB (in a sparse file) exhausted the heap. 500,000 entries with long names fit well within it.
     */
    static final long MAX_DIRECTORY_BYTES = 128L * 1024 * 1024;
    /** The end-of-central-directory record: its signature, and its length without the comment. */
    private static final int END_SIGNATURE = 0x06054b50;
    private static final int END_LENGTH = 22;

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
        checkDirectorySize(archive);
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

    /**
     * Refuses an archive whose central directory claims more than {@link #MAX_DIRECTORY_BYTES}, read
     * from the end record (the last 22 bytes plus a comment of up to 64 KB) before {@link ZipFile}
     * allocates it.
     */
    static void checkDirectorySize(Path archive) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(archive, StandardOpenOption.READ)) {
            long size = channel.size();
            int tail = (int) Math.min(size, END_LENGTH + 0xFFFF);
            ByteBuffer buffer = ByteBuffer.allocate(tail).order(ByteOrder.LITTLE_ENDIAN);
            channel.position(size - tail);
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // read the whole tail
            }
            for (int at = tail - END_LENGTH; at >= 0; at--) {
                if (buffer.getInt(at) == END_SIGNATURE) {
                    long directory = Integer.toUnsignedLong(buffer.getInt(at + 12));
                    if (directory > MAX_DIRECTORY_BYTES) {
                        throw new IOException("its central directory claims " + directory + " bytes, over the "
                                + (MAX_DIRECTORY_BYTES >> 20) + " MB read; it was not measured");
                    }
                    return;
                }
            }
        }
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
            try {
                checkDirectorySize(jar);
            } catch (IOException e) {
                continue;
            }
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
