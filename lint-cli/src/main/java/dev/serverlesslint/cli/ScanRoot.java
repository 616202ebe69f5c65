package dev.serverlesslint.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The root that reported paths are relative to, and the targets below it. Paths under the working
 * directory are reported relative to it (what editors and CI annotations expect); a single target
 * outside it becomes its own root.
 */
record ScanRoot(Path root, List<Path> targets) {

    static ScanRoot of(Path workingDirectory, List<Path> paths) {
        if (paths.isEmpty()) {
            return new ScanRoot(workingDirectory, List.of());
        }
        List<Path> absolute = paths.stream().map(p -> workingDirectory.resolve(p).toAbsolutePath().normalize()).toList();
        for (Path path : absolute) {
            if (!Files.exists(path)) {
                throw new IllegalArgumentException("path does not exist: " + path);
            }
        }
        if (absolute.stream().allMatch(p -> p.startsWith(workingDirectory))) {
            return new ScanRoot(workingDirectory, absolute);
        }
        if (absolute.size() == 1) {
            Path only = absolute.get(0);
            Path root = Files.isDirectory(only) ? only : only.getParent();
            return new ScanRoot(root, List.of(only));
        }
        throw new IllegalArgumentException("paths outside the current directory must be given one at a time: " + paths);
    }
}
