package dev.serverlesslint.core.packaging;

import java.util.List;

/**
 * The dependencies a {@code pom.xml} declares in {@code <project><dependencies>} (not in
 * dependency management, profiles or plugins), without parent or property resolution.
 *
 * @param path         root-relative path of the file
 * @param artifactId   the module's own {@code <project><artifactId>}, or {@code null} when absent
 * @param dependencies in document order
 */
public record PomFile(String path, String artifactId, List<ProjectDependency> dependencies) {

    public PomFile {
        dependencies = List.copyOf(dependencies);
    }

    /** A pom whose own artifactId is not known. */
    public PomFile(String path, List<ProjectDependency> dependencies) {
        this(path, null, dependencies);
    }
}
