package dev.serverlesslint.cli;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/**
 * The project root of a file given on the command line (pre-commit passes changed files): the
 * nearest directory above it holding a build or deployment file, or a git repository.
 */
final class ProjectRootFinder {

    static final List<String> MARKERS = List.of("pom.xml", "serverless.yml", "serverless.yaml", "serverless.json",
            "template.yaml", "template.yml", ".git");

    private ProjectRootFinder() {
    }

    static Path rootOf(Path file) {
        Path start = file.toAbsolutePath().normalize();
        Path directory = Files.isDirectory(start, LinkOption.NOFOLLOW_LINKS) ? start : start.getParent();
        for (Path current = directory; current != null; current = current.getParent()) {
            for (String marker : MARKERS) {
                if (Files.exists(current.resolve(marker), LinkOption.NOFOLLOW_LINKS)) {
                    return current;
                }
            }
        }
        return directory;
    }
}
