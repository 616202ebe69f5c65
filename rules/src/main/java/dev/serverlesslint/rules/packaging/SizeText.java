package dev.serverlesslint.rules.packaging;

import java.util.Locale;

/** Byte counts as people read them: {@code 61.2 MB}, {@code 340 KB} (binary units, as Lambda's limits are). */
final class SizeText {

    static final long MB = 1024L * 1024;

    private SizeText() {
    }

    static String of(long bytes) {
        if (bytes >= MB) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (double) MB);
        }
        if (bytes >= 1024) {
            return (bytes / 1024) + " KB";
        }
        return bytes + " bytes";
    }

    static String percent(long part, long whole) {
        return whole <= 0 ? "0%" : Math.round(100.0 * part / whole) + "%";
    }
}
