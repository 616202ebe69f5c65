package dev.serverlesslint.maven;

import dev.serverlesslint.core.engine.LintRequest;
import dev.serverlesslint.core.engine.SourceReader;
import dev.serverlesslint.core.config.ConfigDocument;
import dev.serverlesslint.core.source.FileDiscovery;
import dev.serverlesslint.core.source.FileSelection;
import dev.serverlesslint.core.source.SourceFile;
import dev.serverlesslint.core.source.SourceKind;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The directory a module's lint starts from, so that the plugin sees what the command line sees
 * at the root of the project: the build's execution root (widened to hold every module of the
 * build), or, when nothing under it is deployment configuration, the nearest directory above it
 * that holds some (the {@code sam init} layout: {@code template.yaml} one level above the
 * function's {@code pom.xml}). The search upwards stops at the repository root (the directory
 * holding {@code .git}), or after {@value #LEVELS_OUTSIDE_A_REPOSITORY} levels outside a repository.
 */
final class LintRoot {

    static final int LEVELS_OUTSIDE_A_REPOSITORY = 2;

    private LintRoot() {
    }

    /**
     * @param executionRoot the directory Maven was started in (or the single module's directory)
     * @param modules       the directories of every project of the build
     */
    static Path find(Path executionRoot, List<Path> modules) {
        Path base = executionRoot.toAbsolutePath().normalize();
        for (Path module : modules) {
            base = commonAncestor(base, module.toAbsolutePath().normalize());
        }
        if (holdsConfiguration(base, true)) {
            return base;
        }
        int levels = 0;
        for (Path directory = base; directory.getParent() != null; directory = directory.getParent()) {
            if (isRepositoryRoot(directory)) {
                break;
            }
            Path parent = directory.getParent();
            levels++;
            if (holdsConfiguration(parent, false)) {
                return parent;
            }
            if (levels >= LEVELS_OUTSIDE_A_REPOSITORY && !insideRepository(parent)) {
                break;
            }
        }
        return base;
    }

    private static Path commonAncestor(Path a, Path b) {
        Path ancestor = a;
        while (ancestor != null && !b.startsWith(ancestor)) {
            ancestor = ancestor.getParent();
        }
        return ancestor == null ? a : ancestor;
    }

    private static boolean isRepositoryRoot(Path directory) {
        return Files.exists(directory.resolve(".git"), LinkOption.NOFOLLOW_LINKS);
    }

    private static boolean insideRepository(Path directory) {
        for (Path d = directory; d != null; d = d.getParent()) {
            if (isRepositoryRoot(d)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the directory (with its subdirectories, or only its own files) holds deployment configuration. */
    static boolean holdsConfiguration(Path directory, boolean subdirectories) {
        List<SourceFile> files;
        if (subdirectories) {
            files = new FileDiscovery(directory, FileSelection.everything()).discover(List.of());
        } else {
            try (Stream<Path> entries = Files.list(directory)) {
                files = entries.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                        .map(p -> new SourceFile(p, p.getFileName().toString())).sorted().toList();
            } catch (IOException | SecurityException e) {
                return false;
            }
        }
        SourceReader reader = new SourceReader(LintRequest.DEFAULT_MAX_FILE_BYTES);
        return files.stream().anyMatch(file -> isDeploymentConfiguration(reader, file));
    }

    /** A YAML or JSON file that is a serverless.yml, SAM or CloudFormation template, by its content. */
    static boolean isDeploymentConfiguration(SourceReader reader, SourceFile file) {
        SourceKind kind = file.kind();
        return kind != SourceKind.JAVA && kind != SourceKind.OTHER && reader.read(file).value() instanceof ConfigDocument;
    }
}
