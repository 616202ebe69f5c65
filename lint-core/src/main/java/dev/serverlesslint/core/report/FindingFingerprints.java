package dev.serverlesslint.core.report;

import dev.serverlesslint.core.finding.Finding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Stable identities for findings, independent of line numbers: a SHA-256 of the rule, the path, the
 * function and the source line with whitespace collapsed (the message when the line cannot be read),
 * plus {@code :n} counting identical keys in report order. Call {@link #next} in report order.
 */
final class FindingFingerprints {

    private static final Pattern WHITESPACE_RUN = Pattern.compile("\\s+");

    private final SourceLines sources;
    private final Map<String, Integer> occurrences = new HashMap<>();
    /** One digest for the report, not one looked up per finding; {@code digest()} resets it. */
    private final MessageDigest sha256;

    FindingFingerprints(SourceLines sources) {
        this.sources = sources;
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required on every Java platform", e);
        }
    }

    String next(Finding finding) {
        String content = sources.line(finding.path(), finding.line())
                .map(line -> "line:" + WHITESPACE_RUN.matcher(line.strip()).replaceAll(" "))
                .orElse("message:" + finding.message());
        String key = String.join("\u0000", finding.ruleId(), finding.path(),
                finding.function() == null ? "" : finding.function(), content);
        String hash = sha256(key);
        int occurrence = occurrences.merge(hash, 1, Integer::sum);
        return hash + ":" + occurrence;
    }

    private String sha256(String text) {
        return HexFormat.of().formatHex(sha256.digest(text.getBytes(StandardCharsets.UTF_8)), 0, 16);
    }
}
