package dev.serverlesslint.core.source;

import java.util.Locale;

/** The languages serverless-lint reads, by file extension. */
public enum SourceKind {
    JAVA,
    YAML,
    JSON,
    OTHER;

    public static SourceKind of(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".java")) {
            return JAVA;
        }
        if (lower.endsWith(".yml") || lower.endsWith(".yaml")) {
            return YAML;
        }
        if (lower.endsWith(".json") || lower.endsWith(".template")) {
            return JSON;
        }
        return OTHER;
    }
}
