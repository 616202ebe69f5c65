package dev.serverlesslint.core.baseline;

import dev.serverlesslint.core.finding.Finding;
import dev.serverlesslint.core.location.CodeRegion;
import dev.serverlesslint.core.location.FileRegions;
import dev.serverlesslint.core.location.SourceLines;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * What identifies a finding across edits, without its line number: the rule, the file, the
 * normalised text of the reported line and the name of the declaration or function around it
 * ({@code OrderHandler#handleRequest(APIGatewayProxyRequestEvent,Context)}, {@code functions.hello}).
 * A finding whose line moves keeps its fingerprint; a new identical line in another method does not
 * share it.
 *
 * @param value   a hash of the parts, what the baseline matches on
 * @param context the enclosing region's name, or the finding's function, or empty
 * @param code    the reported line with whitespace runs collapsed
 */
public record Fingerprint(String value, String context, String code) {

    private static final Pattern WHITESPACE_RUN = Pattern.compile("\\s+");
    /**
     * One digest per thread: {@code MessageDigest.getInstance} looks the provider up and instantiates it
     * reflectively each time (after 15 calls the JDK generates an accessor class at run time), for every
     * finding of a run. {@code digest()} resets it for the next use.
     */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    });

    public static Fingerprint of(Finding finding, SourceLines lines, FileRegions regions) {
        String code = normalise(lines.line(finding.line()));
        String context = regions.innermost(finding.line()).map(CodeRegion::name)
                .orElse(finding.function() == null ? "" : "function " + finding.function());
        return new Fingerprint(hash(finding.ruleId(), finding.path(), context, code), context, code);
    }

    static String normalise(String line) {
        return WHITESPACE_RUN.matcher(line.strip()).replaceAll(" ");
    }

    private static String hash(String... parts) {
        MessageDigest digest = SHA_256.get();
        for (String part : parts) {
            digest.update(part.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest(), 0, 16);
    }
}
