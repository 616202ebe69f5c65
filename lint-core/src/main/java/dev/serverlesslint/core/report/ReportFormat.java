package dev.serverlesslint.core.report;

import java.util.Locale;
import java.util.function.Supplier;

/** The output formats, by their command-line name. */
public enum ReportFormat {
    TEXT("txt", TextReporter::new),
    JSON("json", JsonReporter::new),
    SARIF("sarif", SarifReporter::new);

    private final String fileExtension;
    private final Supplier<Reporter> factory;

    ReportFormat(String fileExtension, Supplier<Reporter> factory) {
        this.fileExtension = fileExtension;
        this.factory = factory;
    }

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String fileExtension() {
        return fileExtension;
    }

    public Reporter reporter() {
        return factory.get();
    }

    public static ReportFormat parse(String name) {
        for (ReportFormat format : values()) {
            if (format.cliName().equalsIgnoreCase(name.trim())) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown format '" + name + "' (expected one of text, json, sarif)");
    }
}
