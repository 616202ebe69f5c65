package dev.serverlesslint.core.report;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

/**
 * Names what an analysis covered, for SARIF's {@code automationDetails.id}: GitHub code scanning replaces the
 * alerts of a category with each upload, so two analyses of different parts of a repository (two modules, or
 * the CLI on one directory and the Maven plugin in another module) need different categories, and the same
 * analysis needs the same one wherever the repository is checked out. The default is {@code serverless-lint}
 * followed by the analysed paths relative to the repository's top directory (the nearest directory above the
 * root holding {@code .git}; without one, the root itself), e.g. {@code serverless-lint/services/orders};
 * analysing the whole repository gives {@code serverless-lint}. The CLI and the plugin give the same name for
 * the same directory, so their reports of one module replace each other instead of doubling every alert.
 */
public final class AnalysisCategory {

    public static final String PREFIX = "serverless-lint";

    private AnalysisCategory() {
    }

    /**
     * @param root    the analysed project root (absolute)
     * @param targets the analysed paths below it (absolute); empty when the whole root is analysed
     */
    public static String of(Path root, List<Path> targets) {
        Path top = repositoryTop(root);
        TreeSet<String> analysed = new TreeSet<>();
        for (Path path : targets.isEmpty() ? List.of(root) : targets) {
            Path normalized = path.toAbsolutePath().normalize();
            String relative = normalized.startsWith(top)
                    ? top.relativize(normalized).toString().replace('\\', '/')
                    : normalized.getFileName() == null ? "" : normalized.getFileName().toString();
            if (relative.isEmpty()) {
                return PREFIX;
            }
            analysed.add(relative);
        }
        return PREFIX + "/" + String.join(",", analysed);
    }

    /** A category the user chose ({@code --sarif-category}): as given, without surrounding slashes or spaces. */
    public static String chosen(String name) {
        String trimmed = name.strip();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("the category must not be empty");
        }
        return trimmed;
    }

    private static Path repositoryTop(Path root) {
        Path start = root.toAbsolutePath().normalize();
        for (Path current = start; current != null; current = current.getParent()) {
            if (Files.exists(current.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
                return current;
            }
        }
        return start;
    }
}
