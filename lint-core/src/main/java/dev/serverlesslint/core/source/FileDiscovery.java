package dev.serverlesslint.core.source;

import dev.serverlesslint.core.finding.SourcePosition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Walks the targets below a root and returns the files to lint, sorted by relative path.
 * Symbolic links are never followed (no loops, nothing outside the root); targets outside the
 * root are rejected.
 */
public final class FileDiscovery {

    private static final java.util.regex.Pattern APPLICATION_PROPERTIES = java.util.regex.Pattern.compile(
            "(?:.*/)?src/main/resources/(?:config/)?application\\.(?:properties|ya?ml)");

    private final Path root;
    private final FileSelection selection;
    /**
     * Build files met by the last {@link #discover} walk: {@code pom.xml} files (not linted as sources)
     * and the modules' Spring Boot {@code application.properties}/{@code .yml} under {@code src/main/resources}.
     */
    private final List<SourceFile> buildFiles = new ArrayList<>();
    /** Entries the last walk could not read (a path over the system's limit, ...): reported, not skipped. */
    private final List<ParseFailure> unreadable = new ArrayList<>();

    public FileDiscovery(Path root, FileSelection selection) {
        this.root = root.toAbsolutePath().normalize();
        this.selection = selection;
    }

    public Path root() {
        return root;
    }

    /** The build files under the targets (pom.xml, application properties), found by the last {@link #discover}, sorted by path. */
    public List<SourceFile> buildFiles() {
        return buildFiles.stream().sorted().toList();
    }

    /** What the last {@link #discover} walk could not read, each as an SL000 failure on its path. */
    public List<ParseFailure> unreadable() {
        return List.copyOf(unreadable);
    }

    public List<SourceFile> discover(List<Path> targets) {
        TreeSet<SourceFile> files = new TreeSet<>();
        buildFiles.clear();
        unreadable.clear();
        for (Path target : targets.isEmpty() ? List.of(root) : targets) {
            Path absolute = root.resolve(target).toAbsolutePath().normalize();
            if (!absolute.startsWith(root)) {
                throw new IllegalArgumentException(
                        "path " + target + " is outside the project root " + root);
            }
            if (!Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
                throw new IllegalArgumentException("path does not exist: " + target);
            }
            if (Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)) {
                walk(absolute, files);
            } else if (Files.isRegularFile(absolute, LinkOption.NOFOLLOW_LINKS)) {
                // A file named explicitly is linted if it is a kind we read, whatever the globs;
                // a pom.xml (or application properties) named explicitly is a build file, as one met by a walk.
                String relative = relativize(absolute);
                if (SourceKind.of(relative) != SourceKind.OTHER) {
                    files.add(new SourceFile(absolute, relative));
                }
                if (isBuildFile(absolute.getFileName().toString(), relative)) {
                    buildFiles.add(new SourceFile(absolute, relative));
                }
            }
        }
        return new ArrayList<>(files);
    }

    private void walk(Path start, TreeSet<SourceFile> files) {
        try {
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(start) && selection.isSkippedDirectory(dir.getFileName().toString())) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile()) {
                        String relative = relativize(file);
                        if (selection.accepts(relative)) {
                            files.add(new SourceFile(file, relative));
                        }
                        if (isBuildFile(file.getFileName().toString(), relative) && !selection.isExcluded(relative)) {
                            buildFiles.add(new SourceFile(file, relative));
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    // Reported, so nothing is skipped silently (a path longer than the system's limit
                    // of 4,096 bytes cannot even be examined); the rest of the walk goes on.
                    String reason = IoFailure.reason(exc);
                    unreadable.add(new ParseFailure(new SourceFile(file, relativize(file)), SourcePosition.START,
                            "not linted: this entry cannot be read (" + reason + "); anything below it is not checked"));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot walk " + start, e);
        }
    }

    /** {@code pom.xml}, or a module's application properties (an {@code application.yml} is also a YAML source). */
    private static boolean isBuildFile(String name, String relative) {
        return name.equals("pom.xml") || isApplicationProperties(relative);
    }

    /**
     * Whether a root-relative path names a module's Spring Boot settings: {@code application.properties},
     * {@code .yml} or {@code .yaml} in {@code src/main/resources} or its {@code config} directory.
     */
    public static boolean isApplicationProperties(String relative) {
        return APPLICATION_PROPERTIES.matcher(relative).matches();
    }

    private String relativize(Path file) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        return relative.isEmpty() ? file.getFileName().toString() : relative;
    }
}
