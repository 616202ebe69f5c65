package dev.serverlesslint.core.cache;

import dev.serverlesslint.core.ToolVersion;
import dev.serverlesslint.core.baseline.Baseline;
import dev.serverlesslint.core.engine.LintRequest;
import dev.serverlesslint.core.source.SourceFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a lint result depends on, as one SHA-256: the linter's own code, every setting of the request
 * that changes findings (not the thread count, which never does; runs with a narrowed report scope
 * do not use the cache), and the path and content of every file the run reads.
 */
final class CacheKey {

    private final MessageDigest digest;

    private CacheKey() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    static String of(String codeIdentity, LintRequest request, List<SourceFile> files) throws IOException {
        CacheKey key = new CacheKey();
        key.add("tool", ToolVersion.get());
        key.add("code", codeIdentity);
        key.add("root", request.root().toString());
        key.add("targets", request.targets().toString());
        key.add("only", new TreeSet<>(request.onlyRules()).toString());
        key.add("disabled", new TreeSet<>(request.disabledRules()).toString());
        key.add("severities", new TreeMap<>(request.severityOverrides()).toString());
        Map<String, Object> options = new TreeMap<>();
        request.ruleOptions().forEach((rule, values) -> options.put(rule, new TreeMap<>(values.values())));
        key.add("options", options.toString());
        key.add("asOf", request.asOf().toString());
        key.add("maxFileBytes", Long.toString(request.maxFileBytes()));
        for (Baseline.Entry entry : request.baseline().entries()) {
            key.add("baseline", entry.fingerprint() + "*" + entry.count());
        }
        key.add("configurationProblems", request.configurationProblems().toString());
        for (SourceFile file : files) {
            key.add("file", file.relativePath());
            key.digest.update(Files.readAllBytes(file.absolutePath()));
        }
        return HexFormat.of().formatHex(key.digest.digest());
    }

    private void add(String name, String value) {
        digest.update((name + "=" + value + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
