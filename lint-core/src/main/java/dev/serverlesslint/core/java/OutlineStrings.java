package dev.serverlesslint.core.java;

import java.util.concurrent.ConcurrentHashMap;

/**
 * One string for each identifier in the outlines of one run ({@link JavaOutlineScanner}): every file's
 * outline stays in memory for the whole run, and most names recur in many files. A table of the run's
 * own, shared by the workers that outline: {@link String#intern} did this at about six times the cost
 * per name (measured in docs/performance.md), and the strings do not outlive the run's outlines.
 */
public final class OutlineStrings {

    private final ConcurrentHashMap<String, String> strings = new ConcurrentHashMap<>();

    /** The run's string equal to {@code identifier}: the first one given. */
    String shared(String identifier) {
        String known = strings.putIfAbsent(identifier, identifier);
        return known != null ? known : identifier;
    }
}
