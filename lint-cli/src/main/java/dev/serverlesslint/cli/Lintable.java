package dev.serverlesslint.cli;

import dev.serverlesslint.core.source.SourceKind;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Whether a path given on the command line holds anything the linter reads (by file kind, before excludes
 * and the test-source rule): {@code serverless-lint README.md} is then a usage error that says nothing was
 * linted, while a staged test file or an excluded one (pre-commit passes those too) is a clean run.
 */
final class Lintable {

    private Lintable() {
    }

    /** Java, YAML, JSON and .template files, and pom.xml (the package-size rules read a module's dependencies). */
    private static boolean isRead(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        return SourceKind.of(name) != SourceKind.OTHER || name.equals("pom.xml");
    }

    static boolean holdsAny(Path path) {
        if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            return isRead(path);
        }
        if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            return true; // missing or special: the run reports it
        }
        try (Stream<Path> files = Files.walk(path)) {
            return files.anyMatch(file -> isRead(file) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS));
        } catch (IOException | UncheckedIOException e) {
            return true; // an unreadable directory: the run says what it could not read
        }
    }
}
