package dev.serverlesslint.core.source;

import dev.serverlesslint.core.finding.SourcePosition;

/**
 * The result of reading one file: a parsed value, a failure to report as SL000, or nothing
 * (the file was read but is not something serverless-lint lints, e.g. a YAML file that is not a
 * deployment configuration).
 */
public record ParseOutcome<T>(T value, ParseFailure failure) {

    public static <T> ParseOutcome<T> parsed(T value) {
        return new ParseOutcome<>(value, null);
    }

    public static <T> ParseOutcome<T> failed(SourceFile file, SourcePosition position, String message) {
        return new ParseOutcome<>(null, new ParseFailure(file, position, message));
    }

    public static <T> ParseOutcome<T> ignored() {
        return new ParseOutcome<>(null, null);
    }
}
