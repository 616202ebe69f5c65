package dev.serverlesslint.cli.daemon.client;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;

/**
 * The private directory the lint servers' sockets live in: {@code $XDG_RUNTIME_DIR/serverless-lint} (the
 * per-user runtime directory of the XDG spec, when it is set and absolute), else
 * {@code ~/.cache/serverless-lint/daemon}. Whoever can create a socket there can answer in the server's name,
 * so the directory is used only when it is a real directory (not a link) of this user with no permission for
 * group or others; a missing one is created that way.
 */
public final class DaemonDirectory {

    /** Socket paths longer than this do not fit {@code sun_path} on every system (108 bytes on Linux, 104 on macOS). */
    static final int MAX_SOCKET_PATH = 100;

    /*
     * Written out rather than PosixFilePermissions.fromString: that builds an EnumSet, whose first use reads the
     * enum's constants reflectively, which a fresh JDK 25 JVM links through method handles: about 10 % of the
     * client's start.
     */
    private static final Set<PosixFilePermission> OWNER_ONLY = Set.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);

    private DaemonDirectory() {
    }

    /** Where the directory is for this environment; {@code null} when neither variable gives a place. */
    public static Path locate(Map<String, String> environment) {
        String runtime = environment.get("XDG_RUNTIME_DIR");
        if (runtime != null && runtime.startsWith("/")) {
            return Path.of(runtime, "serverless-lint");
        }
        String home = environment.get("HOME");
        if (home != null && home.startsWith("/")) {
            return Path.of(home, ".cache", "serverless-lint", "daemon");
        }
        return null;
    }

    /** The directory, created if missing; an {@link IOException} saying why when it is not private to this user. */
    public static Path secured(Path directory) throws IOException {
        if (!Files.exists(directory, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(directory.getParent());
            try {
                Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } catch (FileAlreadyExistsException e) {
                // made by a client starting at the same time: checked below like any other
            }
        }
        requirePrivate(directory);
        return directory;
    }

    static void requirePrivate(Path directory) throws IOException {
        PosixFileAttributes attributes = Files.readAttributes(directory, PosixFileAttributes.class,
                LinkOption.NOFOLLOW_LINKS);
        if (!attributes.isDirectory()) {
            throw new IOException(directory + " is not a directory");
        }
        if (!attributes.owner().getName().equals(System.getProperty("user.name"))) {
            throw new IOException(directory + " belongs to " + attributes.owner().getName());
        }
        if (!OWNER_ONLY.containsAll(attributes.permissions())) {
            throw new IOException(directory + " is open to group or others ("
                    + PosixFilePermissions.toString(attributes.permissions()) + ")");
        }
    }

    /** The socket of the server with this key; {@code null} when its path would be too long for a socket. */
    public static Path socket(Path directory, String key) {
        Path socket = directory.resolve(key.concat(".sock"));
        return socket.toString().length() > MAX_SOCKET_PATH ? null : socket;
    }
}
