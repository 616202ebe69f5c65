package dev.serverlesslint.core.source;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Set;

/**
 * Which files under the root are linted: include and exclude globs (matched against the path
 * relative to the root), test sources on or off, and directories that never hold linted code.
 */
public final class FileSelection {

    /** Build output, dependencies, tool state and Maven archetype templates: never linted. */
    static final Set<String> SKIPPED_DIRECTORIES = Set.of(
            "target", "node_modules", ".git", ".aws-sam", ".serverless", ".gradle", ".idea",
            "cdk.out", ".mvn", "archetype-resources");

    private final List<String> includeGlobs;
    private final List<String> excludeGlobs;
    private final List<PathMatcher> includes;
    private final List<PathMatcher> excludes;
    private final boolean includeTests;

    public FileSelection(List<String> includeGlobs, List<String> excludeGlobs, boolean includeTests) {
        this.includeGlobs = List.copyOf(includeGlobs);
        this.excludeGlobs = List.copyOf(excludeGlobs);
        this.includes = includeGlobs.stream().map(FileSelection::matcher).toList();
        this.excludes = excludeGlobs.stream().map(FileSelection::matcher).toList();
        this.includeTests = includeTests;
    }

    public static FileSelection everything() {
        return new FileSelection(List.of(), List.of(), true);
    }

    /** The selection as text: equal texts select the same files. */
    public String describe() {
        return "include=" + includeGlobs + ";exclude=" + excludeGlobs + ";tests=" + includeTests
                + ";skipped=" + new java.util.TreeSet<>(SKIPPED_DIRECTORIES);
    }

    boolean isSkippedDirectory(String directoryName) {
        return SKIPPED_DIRECTORIES.contains(directoryName);
    }

    /** Whether a file at this root-relative path ({@code /} separators) is linted. */
    public boolean accepts(String relativePath) {
        if (SourceKind.of(relativePath) == SourceKind.OTHER) {
            return false;
        }
        if (!includeTests && isTestSource(relativePath)) {
            return false;
        }
        if (SourceKind.of(relativePath) == SourceKind.JAVA && isResource(relativePath)) {
            return false; // .java files among resources are data (templates, test inputs), never compiled
        }
        Path path = Path.of(relativePath);
        if (!includes.isEmpty() && includes.stream().noneMatch(m -> m.matches(path))) {
            return false;
        }
        return excludes.stream().noneMatch(m -> m.matches(path));
    }

    private static boolean isResource(String relativePath) {
        String path = "/" + relativePath;
        return path.contains("/src/main/resources/") || path.contains("/src/test/resources/");
    }

    /** Whether an exclude glob matches this root-relative path (build files such as pom.xml honour excludes only). */
    public boolean isExcluded(String relativePath) {
        Path path = Path.of(relativePath);
        return excludes.stream().anyMatch(m -> m.matches(path));
    }

    private static boolean isTestSource(String relativePath) {
        return relativePath.startsWith("src/test/") || relativePath.contains("/src/test/");
    }

    /**
     * A glob matcher where a leading {@code **}{@code /} also matches at the root, as users expect
     * from .gitignore-style patterns ({@code **}{@code /generated/**} matches {@code generated/A.java}).
     */
    private static PathMatcher matcher(String glob) {
        PathMatcher full = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        if (!glob.startsWith("**/")) {
            return full;
        }
        PathMatcher rootLevel = FileSystems.getDefault().getPathMatcher("glob:" + glob.substring(3));
        return path -> full.matches(path) || rootLevel.matches(path);
    }
}
