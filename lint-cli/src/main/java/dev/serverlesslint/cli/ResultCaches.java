package dev.serverlesslint.cli;

import dev.serverlesslint.core.cache.ResultCache;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;

/**
 * The command line's result cache: under {@code --cache-dir}, else {@code $XDG_CACHE_HOME/serverless-lint}
 * (when that is an absolute path, as the XDG spec requires) or {@code ~/.cache/serverless-lint}. Entries are tied to this build of the linter by its jar's
 * path, size and time, so a rebuilt linter never reuses results of an older one. When the linter does
 * not run from a jar (a development build from class directories), there is no default cache.
 */
final class ResultCaches {

    private ResultCaches() {
    }

    static Optional<ResultCache> forCli(CliEnvironment environment, Path explicitDirectory) {
        Optional<Path> jar = runningJar();
        String identity = jar.map(ResultCaches::identityOf).orElse("classes:" + codeLocation());
        if (explicitDirectory != null) {
            return Optional.of(new ResultCache(environment.workingDirectory().resolve(explicitDirectory), identity));
        }
        if (jar.isEmpty()) {
            return Optional.empty();
        }
        return defaultDirectory(environment).map(directory -> new ResultCache(directory, identity));
    }

    static Optional<Path> defaultDirectory(CliEnvironment environment) {
        String xdg = environment.variables().get("XDG_CACHE_HOME");
        // The XDG Base Directory spec: a relative path is invalid and must be ignored (it would put the
        // cache wherever the linter happens to run, e.g. inside the linted project).
        if (xdg != null && !xdg.isBlank() && isAbsolute(xdg)) {
            return Optional.of(Path.of(xdg, "serverless-lint"));
        }
        String home = environment.variables().get("HOME");
        return home == null || home.isBlank() ? Optional.empty()
                : Optional.of(Path.of(home, ".cache", "serverless-lint"));
    }

    private static boolean isAbsolute(String path) {
        try {
            return Path.of(path).isAbsolute();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static Optional<Path> runningJar() {
        Path location = codeLocation();
        return location != null && location.toString().endsWith(".jar") && Files.isRegularFile(location)
                ? Optional.of(location) : Optional.empty();
    }

    private static Path codeLocation() {
        try {
            CodeSource source = ResultCaches.class.getProtectionDomain().getCodeSource();
            return source == null ? null : Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    private static String identityOf(Path jar) {
        try {
            return jar + ":" + Files.size(jar) + ":" + Files.getLastModifiedTime(jar).toMillis();
        } catch (IOException e) {
            return jar.toString();
        }
    }
}
