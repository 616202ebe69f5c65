package dev.serverlesslint.maven;

import dev.serverlesslint.core.source.FileSelection;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Which files of a Maven module are linted: everything under its base directory that the user's
 * includes and excludes select, minus the directories that belong to someone else. Those are the
 * child modules of an aggregator (each lints itself, so a parent must not lint them a second time)
 * and the module's build directory when it is not the usual {@code target}.
 *
 * @param includes             include globs (the user's)
 * @param excludes             exclude globs: the user's, then the directories below
 * @param includeTests         whether test sources are linted
 * @param excludedDirectories  root-relative directories left out for the reasons above ({@code /} separators)
 */
record ScanScope(List<String> includes, List<String> excludes, boolean includeTests,
                 List<String> excludedDirectories) {

    ScanScope {
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        excludedDirectories = List.copyOf(excludedDirectories);
    }

    /** What the engine lints when no configuration file adds globs of its own. */
    FileSelection selection() {
        return new FileSelection(includes, excludes, includeTests);
    }

    /**
     * @param basedir        the module's base directory (the lint root)
     * @param buildDirectory the module's build output directory
     * @param modules        the module's {@code <modules>} entries: directories or POM files, relative to basedir
     * @param includes       user include globs, relative to basedir
     * @param excludes       user exclude globs, relative to basedir
     * @param includeTests   whether test sources are linted
     */
    static ScanScope of(Path basedir, Path buildDirectory, List<String> modules, List<String> includes,
                        List<String> excludes, boolean includeTests) {
        Path root = basedir.toAbsolutePath().normalize();
        List<String> excluded = new ArrayList<>();
        for (String module : modules == null ? List.<String>of() : modules) {
            if (module == null || module.isBlank()) {
                continue;
            }
            Path moduleDirectory = root.resolve(module.trim()).normalize();
            if (Files.isRegularFile(moduleDirectory)) {
                moduleDirectory = moduleDirectory.getParent();
            }
            addIfBelow(root, moduleDirectory, excluded);
        }
        if (buildDirectory != null) {
            addIfBelow(root, buildDirectory.toAbsolutePath().normalize(), excluded);
        }
        List<String> allExcludes = new ArrayList<>(nonBlank(excludes));
        for (String directory : excluded) {
            allExcludes.add(escapeGlob(directory) + "/**");
        }
        return new ScanScope(nonBlank(includes), allExcludes, includeTests, excluded);
    }

    private static void addIfBelow(Path root, Path directory, List<String> excluded) {
        if (directory == null || directory.equals(root) || !directory.startsWith(root)) {
            return;
        }
        String relative = root.relativize(directory).toString().replace('\\', '/');
        if (!excluded.contains(relative)) {
            excluded.add(relative);
        }
    }

    private static List<String> nonBlank(List<String> globs) {
        if (globs == null) {
            return List.of();
        }
        return globs.stream().filter(g -> g != null && !g.isBlank()).map(String::trim).toList();
    }

    /** Makes a literal directory name safe inside a glob. */
    static String escapeGlob(String literal) {
        StringBuilder glob = new StringBuilder(literal.length());
        for (char c : literal.toCharArray()) {
            if ("*?[]{}\\".indexOf(c) >= 0) {
                glob.append('\\');
            }
            glob.append(c);
        }
        return glob.toString();
    }
}
