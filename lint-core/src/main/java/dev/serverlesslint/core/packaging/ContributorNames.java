package dev.serverlesslint.core.packaging;

import java.util.List;

/**
 * Names the part of an archive an entry belongs to when no dependency claims it: nested jars by
 * their path, classes by a package directory deep enough to tell libraries apart
 * ({@code com/google/}, {@code software/amazon/awssdk/services/dynamodb/}).
 */
final class ContributorNames {

    /** Namespaces whose next levels are separate libraries, with the depth that names one. */
    private static final List<Prefix> DEEP = List.of(
            new Prefix("software/amazon/awssdk/services/", 5),
            new Prefix("com/amazonaws/services/", 4),
            new Prefix("software/amazon/", 3),
            new Prefix("org/apache/", 3),
            new Prefix("org/springframework/", 3),
            new Prefix("io/micronaut/", 3),
            new Prefix("com/fasterxml/", 3));

    private record Prefix(String path, int depth) {
    }

    private ContributorNames() {
    }

    static String of(String entryName) {
        if (entryName.endsWith(".jar")) {
            return entryName;
        }
        if (entryName.startsWith("META-INF/")) {
            return "META-INF/";
        }
        int depth = 2;
        for (Prefix prefix : DEEP) {
            if (entryName.startsWith(prefix.path())) {
                depth = prefix.depth();
                break;
            }
        }
        String[] parts = entryName.split("/");
        if (parts.length == 1) {
            return "(top-level files)";
        }
        int directories = Math.min(depth, parts.length - 1);
        return String.join("/", java.util.Arrays.copyOf(parts, directories)) + "/";
    }
}
