package dev.serverlesslint.core.project;

import dev.serverlesslint.core.finding.InvalidConfigurationException;
import dev.serverlesslint.core.baseline.BaselineFile;
import dev.serverlesslint.core.engine.LintRequest;
import dev.serverlesslint.core.engine.RuleSet;

import java.nio.file.Path;
import java.util.List;

/**
 * Applies a project's own settings to a request, the same way for the command line and the Maven
 * plugin: {@code .serverless-lint.yml} (or an explicit file), its file selection merged with the
 * caller's globs, and the baseline. Problems in either file become SL001 findings of the run
 * ({@link LintRequest#configurationProblems()}); callers exit or fail with status 2 when there are any.
 */
public final class ProjectSetup {

    private ProjectSetup() {
    }

    /**
     * @param request      the caller's request (root, rules, severities, options, threads...)
     * @param rules        the available rules, to check rule IDs and options against
     * @param configFile   an explicit configuration file, or {@code null} for {@code .serverless-lint.yml}
     *                     in the root when it exists (relative paths are resolved against the root)
     * @param baselineFile a baseline file, or {@code null} for none (relative paths: against the root)
     * @param includes     the caller's include globs, added to the file's
     * @param excludes     the caller's exclude globs, added to the file's
     * @param includeTests whether test sources are linted when the file does not say
     */
    public static LintRequest apply(LintRequest request, RuleSet rules, Path configFile, Path baselineFile,
                                    List<String> includes, List<String> excludes, boolean includeTests) {
        Path root = request.root().toAbsolutePath().normalize();
        ProjectConfiguration configuration = new ProjectConfigurationLoader(rules).load(root, configFile);
        LintRequest applied = configuration.applyTo(
                request.withSelection(configuration.selection(includes, excludes, includeTests)));
        if (baselineFile != null) {
            Path file = root.resolve(baselineFile).toAbsolutePath().normalize();
            try {
                String displayPath = ProjectConfigurationLoader.displayPath(root, file);
                applied = applied.withBaseline(BaselineFile.read(file, displayPath));
            } catch (InvalidConfigurationException e) {
                applied = applied.withConfigurationProblems(List.of(e.problem()));
            }
        }
        return applied;
    }
}
