package dev.serverlesslint.maven;

import org.apache.maven.project.MavenProject;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a module of the build keeps its sources, as absolute normalised paths. Source roots under
 * the build directory (generated code) are left out: the command line never lints {@code target/}.
 *
 * @param directory       the module's base directory
 * @param buildDirectory  its build output directory
 * @param sourceRoots     main source roots
 * @param testSourceRoots test source roots
 */
record ModuleLayout(Path directory, Path buildDirectory, List<Path> sourceRoots, List<Path> testSourceRoots) {

    ModuleLayout {
        sourceRoots = List.copyOf(sourceRoots);
        testSourceRoots = List.copyOf(testSourceRoots);
    }

    /**
     * The module running the goal knows its source roots as its lifecycle set them (plugins such as
     * build-helper add some); another module of the build may not have run yet, so only the roots its
     * POM declares are taken, which gives every module the same view of it whatever the build order.
     */
    static ModuleLayout of(MavenProject project, boolean running) {
        Path directory = normalized(project.getBasedir().toPath());
        Path build = normalized(directory.resolve(project.getBuild().getDirectory()));
        List<String> main = new ArrayList<>();
        List<String> test = new ArrayList<>();
        main.add(project.getBuild().getSourceDirectory());
        test.add(project.getBuild().getTestSourceDirectory());
        if (running) {
            main.addAll(project.getCompileSourceRoots());
            test.addAll(project.getTestCompileSourceRoots());
        }
        return new ModuleLayout(directory, build, roots(directory, build, main), roots(directory, build, test));
    }

    private static List<Path> roots(Path directory, Path build, List<String> declared) {
        List<Path> roots = new ArrayList<>();
        for (String root : declared) {
            if (root == null || root.isBlank()) {
                continue;
            }
            Path path = normalized(directory.resolve(root));
            if (!path.startsWith(build) && !roots.contains(path)) {
                roots.add(path);
            }
        }
        return roots;
    }

    private static Path normalized(Path path) {
        return path.toAbsolutePath().normalize();
    }

    boolean contains(Path file) {
        return file.startsWith(directory);
    }

    /** Whether a Java file is one of the module's sources (test sources only when they are linted). */
    boolean isSource(Path file, boolean includeTests) {
        return sourceRoots.stream().anyMatch(file::startsWith)
                || (includeTests && testSourceRoots.stream().anyMatch(file::startsWith));
    }
}
