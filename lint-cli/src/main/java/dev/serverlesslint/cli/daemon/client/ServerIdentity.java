package dev.serverlesslint.cli.daemon.client;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;

/**
 * What makes a lint server answer exactly like a fresh JVM would: this build of the linter (the jar's path,
 * size and modification time), the JDK that runs it, the server's JVM flags, and the variables the JVM itself
 * reads at start-up (options, locale: the file-name encoding of JDK 17 follows it). One server runs per
 * identity; its key names the socket. The server compares the whole text of each request's identity with its
 * own, so a collision of keys only means a refusal, never a wrong answer.
 */
public final class ServerIdentity {

    /** Variables a JVM reads when it starts (not per request): they are part of the server's identity. */
    static final List<String> JVM_VARIABLES = List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS",
            "LANG", "LC_ALL", "LC_CTYPE", "TZ", "SERVERLESS_LINT_JAVA_OPTS");

    public final String text;
    public final String key;

    private ServerIdentity(String text) {
        this.text = text;
        this.key = fnv1a64(text);
    }

    public static ServerIdentity of(Path jar, String javaHome, String javaVersion, List<String> serverFlags,
                                    Map<String, String> environment) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(jar, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        StringBuilder text = new StringBuilder(512);
        text.append(Integer.toHexString(DaemonProtocol.MAGIC)).append('\n')
                .append(jar).append('\n')
                .append(attributes.size()).append(' ').append(attributes.lastModifiedTime().toMillis()).append('\n')
                .append(javaHome).append(' ').append(javaVersion).append('\n');
        for (String flag : serverFlags) {
            text.append(flag).append('\n');
        }
        for (String variable : JVM_VARIABLES) {
            String value = environment.get(variable);
            text.append(variable).append('=').append(value == null ? "" : value).append('\n');
        }
        return new ServerIdentity(text.toString());
    }

    /** The server's own identity, as the client that started it gave it. */
    public static ServerIdentity given(String text) {
        return new ServerIdentity(text);
    }

    /** FNV-1a, 64 bits, in hex: enough to tell servers apart, and needs no message digest (slow to load). */
    private static String fnv1a64(String text) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            hash ^= text.charAt(i);
            hash *= 0x100000001b3L;
        }
        String hex = Long.toHexString(hash);
        StringBuilder padded = new StringBuilder(16);
        for (int i = hex.length(); i < 16; i++) {
            padded.append('0');
        }
        return padded.append(hex).toString();
    }
}
