package dev.serverlesslint.cli;

import dev.serverlesslint.core.engine.ReportScope;
import dev.serverlesslint.core.source.IoFailure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One engine run the command makes: a project root, the targets analysed below it, and which
 * findings are reported.
 * <ul>
 *   <li>{@code --root DIR}: the whole root is analysed; only findings in the given paths (if any) are reported.</li>
 *   <li>Only files given (pre-commit's changed files): each file's project root (see
 *   {@link ProjectRootFinder}) is analysed as a whole and only findings in the given files are
 *   reported; files of different projects make one run per project.</li>
 *   <li>Otherwise the directories (default: the working directory) are analysed and all is reported.</li>
 * </ul>
 */
record LintRun(Path root, List<Path> targets, ReportScope scope) {

    static List<LintRun> plan(Path workingDirectory, List<Path> paths, Path explicitRoot) {
        List<Path> absolute = paths.stream()
                .map(p -> workingDirectory.resolve(p).toAbsolutePath().normalize())
                .toList();
        for (int i = 0; i < absolute.size(); i++) {
            requireExamined(absolute.get(i), paths.get(i));
        }
        if (explicitRoot != null) {
            Path root = workingDirectory.resolve(explicitRoot).toAbsolutePath().normalize();
            if (!Files.isDirectory(root)) {
                throw new IllegalArgumentException("--root is not a directory: " + explicitRoot);
            }
            ReportScope scope = absolute.isEmpty() ? ReportScope.ALL : scopeOf(root, absolute);
            return List.of(new LintRun(root, List.of(), scope));
        }
        if (!absolute.isEmpty() && absolute.stream().allMatch(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))) {
            Map<Path, List<Path>> byRoot = new LinkedHashMap<>();
            for (Path file : absolute) {
                byRoot.computeIfAbsent(ProjectRootFinder.rootOf(file), r -> new ArrayList<>()).add(file);
            }
            List<LintRun> runs = new ArrayList<>();
            byRoot.forEach((root, files) -> runs.add(new LintRun(root, List.of(), scopeOf(root, files))));
            return runs;
        }
        ScanRoot scan = ScanRoot.of(workingDirectory, paths);
        return List.of(new LintRun(scan.root(), scan.targets(), ReportScope.ALL));
    }

    /**
     * A path that is missing, or that cannot even be examined (a directory above it is not searchable,
     * a link loop), is an error saying which and why, with the path as the user typed it: rewritten
     * relative to the working directory it would be hard to recognise.
     */
    private static void requireExamined(Path absolute, Path asTyped) {
        try {
            Files.readAttributes(absolute, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            // Only after '--' can a path start with '-': typically pre-commit's args, which follow the hook's '--'.
            throw new IllegalArgumentException("path does not exist: " + asTyped + (asTyped.toString().startsWith("-")
                    ? " (after '--' every argument is a path; under pre-commit, give options in the hook's entry"
                    + " before its '--' or in .serverless-lint.yml, not in args)" : ""));
        } catch (IOException | SecurityException e) {
            throw new IllegalArgumentException("cannot read " + asTyped + ": " + IoFailure.reason(e));
        }
    }

    private static ReportScope scopeOf(Path root, List<Path> paths) {
        List<String> relative = new ArrayList<>();
        for (Path path : paths) {
            if (!path.startsWith(root)) {
                throw new IllegalArgumentException("path " + path + " is outside the project root " + root);
            }
            relative.add(root.relativize(path).toString().replace('\\', '/'));
        }
        return ReportScope.paths(relative);
    }
}
