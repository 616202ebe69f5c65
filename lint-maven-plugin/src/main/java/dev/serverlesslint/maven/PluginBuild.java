package dev.serverlesslint.maven;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;

/** Identifies this build of the plugin (its jar's path, size and time) so cached results of another build are not reused. */
final class PluginBuild {

    private PluginBuild() {
    }

    static String identity() {
        try {
            CodeSource source = PluginBuild.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return "unknown";
            }
            Path location = Path.of(source.getLocation().toURI());
            return location + ":" + (Files.isRegularFile(location) ? Files.size(location) : 0) + ":"
                    + Files.getLastModifiedTime(location).toMillis();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown";
        }
    }
}
