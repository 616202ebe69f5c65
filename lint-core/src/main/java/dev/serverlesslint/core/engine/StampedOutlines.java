package dev.serverlesslint.core.engine;

import dev.serverlesslint.core.input.FileStamp;
import dev.serverlesslint.core.input.InputLog;
import dev.serverlesslint.core.java.JavaOutline;
import dev.serverlesslint.core.source.SourceFile;

import java.util.Optional;

/**
 * Outlines the Java files of a run that leaves per-file state for the next ({@link IncrementalState}):
 * a file whose metadata has the {@link FileStamp} an earlier run recorded is not read, its content
 * digest and outline are that run's; any other file is read, digested and scanned, and its stamp, taken
 * before it is read, is kept when the file was settled then.
 */
final class StampedOutlines {

    /**
     * A Java file's outline and what the next run's state records of it.
     *
     * @param contentDigest SHA-256 of the file's bytes ({@code null} in a run without state)
     * @param stamp         the file's {@link FileStamp#value} when it may vouch for the digest, else {@code null}
     */
    record Outlined(JavaOutline outline, String contentDigest, String stamp) {
    }

    private final SourceReader reader;
    private final InputLog inputs;
    private final IncrementalState prior;

    /** @param prior the earlier run's state, or {@code null} */
    StampedOutlines(SourceReader reader, InputLog inputs, IncrementalState prior) {
        this.reader = reader;
        this.inputs = inputs;
        this.prior = prior;
    }

    /**
     * The outline of {@code file}, with its digest and stamp when {@code withState}; empty when the file
     * cannot be read, is too large or is binary (parsing it reports why, if it is ever parsed).
     */
    Optional<Outlined> outline(SourceFile file, boolean withState) {
        if (!withState) {
            return reader.outline(file).map(outline -> new Outlined(outline, null, null));
        }
        long now = System.currentTimeMillis(); // before the stamp: see FileStamp#settledAt
        Optional<FileStamp> stamp = FileStamp.of(file.absolutePath());
        if (prior != null && stamp.isPresent()) {
            Optional<JavaOutline> stored = prior.unchangedOutline(file.relativePath(), stamp.get());
            if (stored.isPresent()) {
                IncrementalState.FileState before = prior.file(file.relativePath());
                inputs.content(file.absolutePath(), before.content());
                return Optional.of(new Outlined(stored.get(), before.content(), before.stamp()));
            }
        }
        String settled = stamp.filter(s -> s.settledAt(now)).map(FileStamp::value).orElse(null);
        return reader.outlined(file, true).map(read -> new Outlined(read.outline(), read.contentDigest(), settled));
    }
}
