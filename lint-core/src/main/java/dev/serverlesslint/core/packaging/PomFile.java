package dev.serverlesslint.core.packaging;

import java.util.List;

/**
 * The dependencies a {@code pom.xml} declares in {@code <project><dependencies>} (not in
 * dependency management, profiles or plugins), without parent or property resolution.
 *
 * @param path         root-relative path of the file
 * @param dependencies in document order
 */
public record PomFile(String path, List<ProjectDependency> dependencies) {

    public PomFile {
        dependencies = List.copyOf(dependencies);
    }
}
