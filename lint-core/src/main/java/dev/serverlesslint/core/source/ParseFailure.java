package dev.serverlesslint.core.source;

import dev.serverlesslint.core.finding.SourcePosition;

/** A file that could not be read or parsed; reported as SL000. */
public record ParseFailure(SourceFile file, SourcePosition position, String message) {
}
