package dev.serverlesslint.core.config;

import dev.serverlesslint.core.finding.SourcePosition;

/** A mapping key that appears again in the same mapping; the later one wins at deploy time. */
public record DuplicateKey(String key, SourcePosition position, SourcePosition firstPosition) {
}
