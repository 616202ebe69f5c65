package dev.serverlesslint.core.session;

import dev.serverlesslint.core.engine.ReportScope;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One project a session lints: its root (reported paths are relative to it, its
 * {@code .serverless-lint.yml} applies), the files or directories analysed below it (empty: all of
 * it), and which findings are reported.
 */
public record ProjectRun(Path root, List<Path> targets, ReportScope scope) {

    public ProjectRun {
        root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
        targets = List.copyOf(targets);
        scope = scope == null ? ReportScope.ALL : scope;
    }

    /** All of {@code root}, everything reported. */
    public static ProjectRun whole(Path root) {
        return new ProjectRun(root, List.of(), ReportScope.ALL);
    }

    /** What to put before a root-relative path so that it is relative to the working directory. */
    String pathPrefix(Path workingDirectory) {
        if (root.equals(workingDirectory) || !root.startsWith(workingDirectory)) {
            return "";
        }
        return workingDirectory.relativize(root).toString().replace('\\', '/') + "/";
    }
}
