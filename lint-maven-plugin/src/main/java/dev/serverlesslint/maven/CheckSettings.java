package dev.serverlesslint.maven;

import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.report.ReportFormat;
import dev.serverlesslint.core.source.SourceEncoding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The goal's parameters that need parsing or checking, validated once. Invalid values are rejected
 * with a message that names the parameter and lists what is accepted.
 *
 * @param threshold            lowest severity that counts as a violation
 * @param formats              report files to write, in the order given, without duplicates
 * @param maxAllowedViolations violations tolerated before the build fails
 * @param threads              worker threads for the lint
 * @param encoding             how the sources are decoded
 */
record CheckSettings(Severity threshold, List<ReportFormat> formats, int maxAllowedViolations, int threads,
                     SourceEncoding encoding) {

    /**
     * The format list that writes no reports. An empty {@code <formats/>} cannot say it: Maven then
     * applies the default.
     */
    static final String NO_REPORTS = "none";

    CheckSettings {
        formats = List.copyOf(formats);
    }

    /**
     * @param severityThreshold    {@code note}, {@code warning} or {@code error}
     * @param formatNames          report format names; an element may itself be comma-separated;
     *                             {@code none} stands for no format
     * @param maxAllowedViolations zero or more
     * @param threads              one or more, or {@code null} for one per processor
     * @param encoding             a charset name the JDK knows, or {@code null} / blank for UTF-8
     * @throws IllegalArgumentException if a value is invalid
     */
    static CheckSettings from(String severityThreshold, List<String> formatNames, int maxAllowedViolations,
                              Integer threads, String encoding) {
        Severity threshold;
        try {
            threshold = Severity.parse(severityThreshold == null ? "" : severityThreshold);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("severityThreshold: " + e.getMessage(), e);
        }
        if (maxAllowedViolations < 0) {
            throw new IllegalArgumentException(
                    "maxAllowedViolations must be 0 or more, was " + maxAllowedViolations);
        }
        if (threads != null && threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        int threadCount = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        SourceEncoding charsets;
        try {
            charsets = SourceEncoding.named(encoding);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("encoding: " + e.getMessage(), e);
        }
        return new CheckSettings(threshold, parseFormats(formatNames), maxAllowedViolations, threadCount, charsets);
    }

    private static List<ReportFormat> parseFormats(List<String> names) {
        Set<ReportFormat> formats = new LinkedHashSet<>();
        for (String entry : names == null ? List.<String>of() : names) {
            if (entry == null) {
                continue;
            }
            for (String name : entry.split(",")) {
                if (name.isBlank() || name.trim().equalsIgnoreCase(NO_REPORTS)) {
                    continue;
                }
                try {
                    formats.add(ReportFormat.parse(name.trim()));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("formats: unknown report format '" + name.trim()
                            + "' (expected any of " + knownFormats() + ", or " + NO_REPORTS + ")", e);
                }
            }
        }
        return new ArrayList<>(formats);
    }

    static String knownFormats() {
        return Arrays.stream(ReportFormat.values()).map(ReportFormat::cliName).collect(Collectors.joining(", "));
    }
}
