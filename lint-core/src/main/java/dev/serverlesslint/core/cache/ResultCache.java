package dev.serverlesslint.core.cache;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.serverlesslint.core.engine.LintEngine;
import dev.serverlesslint.core.engine.LintRequest;
import dev.serverlesslint.core.engine.LintResult;
import dev.serverlesslint.core.source.FileDiscovery;
import dev.serverlesslint.core.source.SourceFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Reruns that change nothing cost a read of the files, not a lint. The result of a run is stored
 * under the cache directory, one file per project root, with a key over the linter's code, the
 * settings and every file's content (see {@link CacheKey}); a later run with the same key reads it
 * back. Anything unexpected in the cache (unreadable, corrupt, another key, another tool build) is
 * ignored and the project is linted again: the cache is never trusted over the sources.
 * <p>
 * Only whole-project runs use the cache. A run with a narrowed report scope (pre-commit's staged
 * files, changed lines) checks only the files in its scope, which costs less than hashing every file
 * of the project for a key that such a run, made after a change, would almost never find.
 */
public final class ResultCache {

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Path directory;
    private final String codeIdentity;

    /**
     * @param directory    where results are stored (created when needed)
     * @param codeIdentity what identifies this build of the linter beyond its version, e.g. the jar's size and time
     */
    public ResultCache(Path directory, String codeIdentity) {
        this.directory = directory;
        this.codeIdentity = codeIdentity;
    }

    /** Lints with {@code engine}, or returns the stored result when nothing it depends on changed. */
    public LintResult run(LintEngine engine, LintRequest request) {
        if (!request.reportScope().isAll()) {
            return engine.run(request);
        }
        List<SourceFile> files = new FileDiscovery(request.root(), request.selection()).discover(request.targets());
        String key;
        try {
            key = CacheKey.of(codeIdentity, request, files);
        } catch (IOException | UncheckedIOException e) {
            return engine.run(request); // a file vanished or is unreadable: lint reports it properly
        }
        Path entry = directory.resolve(entryName(request));
        LintResult whole = read(entry, key, engine);
        if (whole == null) {
            whole = engine.run(request);
            if (whole.internalErrors().isEmpty()) {
                write(entry, CachedResult.of(key, whole));
            }
        }
        return whole;
    }

    private LintResult read(Path entry, String key, LintEngine engine) {
        try {
            CachedResult cached = JSON.readValue(entry.toFile(), CachedResult.class);
            return cached.isConsistent() && key.equals(cached.key()) ? cached.toResult(engine.ruleSet()) : null;
        } catch (IOException | RuntimeException e) {
            return null; // absent or corrupt: lint again
        }
    }

    private void write(Path entry, CachedResult cached) {
        try {
            Files.createDirectories(directory);
            Path partial = Files.createTempFile(directory, "result", ".tmp");
            JSON.writeValue(partial.toFile(), cached);
            Files.move(partial, entry, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // A cache that cannot be written only costs speed.
        }
    }

    /** One entry per project root and targets, so the cache holds one result per project, not one per change. */
    private static String entryName(LintRequest request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.root() + "\n" + request.targets()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest()).substring(0, 32) + ".json";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
