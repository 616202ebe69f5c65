package dev.serverlesslint.maven;

import dev.serverlesslint.core.baseline.Baseline;
import dev.serverlesslint.core.baseline.BaselineFile;
import dev.serverlesslint.core.cache.ResultCache;
import dev.serverlesslint.core.engine.LintEngine;
import dev.serverlesslint.core.engine.LintRequest;
import dev.serverlesslint.core.engine.LintResult;
import dev.serverlesslint.core.engine.RuleSet;
import dev.serverlesslint.core.project.ConfigurationProblem;
import dev.serverlesslint.core.project.ProjectSetup;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Lints the module's AWS Lambda handler code and its serverless.yml / SAM / CloudFormation
 * templates, logs every finding, writes report files and fails the build when there are more
 * findings at or above the severity threshold than allowed.
 *
 * <p>The module's base directory is the lint root: reported paths are relative to it. An
 * aggregator does not lint the directories of its own modules (they lint themselves). The
 * module's {@code .serverless-lint.yml} (or {@code configFile}) and a {@code baseline} apply as
 * on the command line; a problem in either fails the build as a configuration error.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = true,
        requiresDependencyResolution = ResolutionScope.RUNTIME)
public class CheckMojo extends AbstractMojo {

    /** Skips the goal. */
    @Parameter(property = "serverless-lint.skip", defaultValue = "false")
    boolean skip;

    /** Fails the build when the violations exceed {@code maxAllowedViolations}; otherwise only logs them. */
    @Parameter(property = "serverless-lint.failOnViolation", defaultValue = "true")
    boolean failOnViolation;

    /** Lowest severity counted as a violation: {@code note}, {@code warning} or {@code error}. */
    @Parameter(property = "serverless-lint.severityThreshold", defaultValue = "warning")
    String severityThreshold;

    /** How many violations are tolerated before the build fails. */
    @Parameter(property = "serverless-lint.maxAllowedViolations", defaultValue = "0")
    int maxAllowedViolations;

    /**
     * Globs of files to lint, relative to the module's base directory (e.g. {@code src/main/**}).
     * Empty: every Java, YAML and JSON file.
     */
    @Parameter(property = "serverless-lint.includes")
    List<String> includes;

    /** Globs of files not to lint, relative to the module's base directory (e.g. {@code **}{@code /generated/**}). */
    @Parameter(property = "serverless-lint.excludes")
    List<String> excludes;

    /** Also lints test sources ({@code src/test/...}). */
    @Parameter(property = "serverless-lint.includeTests", defaultValue = "false")
    boolean includeTests;

    /**
     * Report files to write, one per format, named after the format's file extension in the build
     * directory (e.g. {@code target/serverless-lint/report.sarif}): any of the formats of the command
     * line's {@code --format}, e.g. {@code sarif}, {@code json}, {@code text}; {@code none} writes no
     * report files.
     */
    @Parameter(property = "serverless-lint.formats", defaultValue = "sarif,json")
    List<String> formats;

    /** Logs a summary line with the counts and the report files. */
    @Parameter(property = "serverless-lint.printSummary", defaultValue = "true")
    boolean printSummary;

    /** Worker threads for parsing and checking (default: one per processor). */
    @Parameter(property = "serverless-lint.threads")
    Integer threads;

    /**
     * The serverless-lint configuration (rules on/off, severities, options, include/exclude globs).
     * Default: {@code .serverless-lint.yml} (or {@code .serverless-lint.yaml}) in the module's base
     * directory when there is one. Relative paths are resolved against the base directory.
     */
    @Parameter(property = "serverless-lint.configFile")
    File configFile;

    /**
     * A baseline file written earlier with {@code writeBaseline} (or the command line's
     * {@code --write-baseline}): the findings it records are not reported, new ones are.
     */
    @Parameter(property = "serverless-lint.baseline")
    File baseline;

    /**
     * Records the current findings in this baseline file instead of checking them: the build does not
     * fail on findings (it still fails on an invalid configuration). Commit the file and pass it as
     * {@code baseline}.
     */
    @Parameter(property = "serverless-lint.writeBaseline")
    File writeBaseline;

    /**
     * Keep the result under {@code target/serverless-lint/cache} and reuse it when neither the sources,
     * the settings nor the plugin changed (a rebuild of an unchanged module then costs a read of its files).
     */
    @Parameter(property = "serverless-lint.cache", defaultValue = "true")
    boolean cache = true;

    /**
     * The built jar or zip the package-size rule SL207 measures. Default: the project's packaged artifact
     * (the shaded jar when maven-shade-plugin replaces it), else {@code ${project.build.directory}/
     * ${project.build.finalName}.jar} or {@code .zip} if it exists. Measured when the goal runs after {@code package}.
     */
    @Parameter(property = "serverless-lint.artifact")
    File artifact;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("serverless-lint: skipped (serverless-lint.skip is true).");
            return;
        }
        CheckSettings settings = settings();
        Path basedir = project.getBasedir().toPath();
        Path buildDirectory = Path.of(project.getBuild().getDirectory());
        ScanScope scope = ScanScope.of(basedir, buildDirectory, project.getModules(), includes, excludes,
                includeTests);
        if (!scope.excludedDirectories().isEmpty()) {
            getLog().debug("serverless-lint: not linting " + scope.excludedDirectories()
                    + " (modules and build output of " + project.getArtifactId() + ")");
        }

        RuleSet rules = discoverRules();
        LintRequest base = LintRequest.of(basedir).withThreads(settings.threads())
                .withPackaging(ProjectPackagingInputs.of(project, artifact));
        LintRequest request = ProjectSetup.apply(base, rules, path(configFile), path(baseline), scope.includes(),
                scope.excludes(), scope.includeTests());
        List<ConfigurationProblem> problems = request.configurationProblems();
        LintResult result = lint(rules, request);
        FindingLog log = new FindingLog(getLog());
        log.findings(result);
        if (writeBaseline != null && problems.isEmpty()) {
            writeBaselineFile(result);
        }
        List<Path> reports = writeReports(result, settings, buildDirectory.resolve("serverless-lint"));
        if (printSummary) {
            log.summary(result, reports);
        }
        if (!problems.isEmpty()) {
            throw new MojoExecutionException(invalidConfigurationMessage(problems));
        }
        if (!result.internalErrors().isEmpty()) {
            throw new MojoExecutionException("serverless-lint: " + result.internalErrors().size()
                    + " internal rule error(s), listed above; the lint is incomplete. Please report this with the "
                    + "file concerned.");
        }
        if (writeBaseline != null) {
            return;
        }
        ViolationVerdict verdict = ViolationVerdict.of(result, settings.threshold(), settings.maxAllowedViolations());
        if (verdict.exceedsLimit()) {
            if (failOnViolation) {
                throw new MojoFailureException(verdict.failureMessage(reports));
            }
            getLog().warn(verdict.toleratedMessage());
        }
    }

    private static Path path(File file) {
        return file == null ? null : file.toPath();
    }

    /** The build failure for an invalid configuration or baseline: every problem with its file and line. */
    static String invalidConfigurationMessage(List<ConfigurationProblem> problems) {
        StringBuilder message = new StringBuilder("serverless-lint: invalid configuration ("
                + ViolationVerdict.plural(problems.size(), "problem") + ", SL001):");
        for (ConfigurationProblem problem : problems) {
            message.append(System.lineSeparator()).append("  ").append(problem.path()).append(':')
                    .append(problem.position().line()).append(": ").append(problem.message());
        }
        message.append(System.lineSeparator()).append("Fix the configuration file or the baseline and run again.");
        return message.toString();
    }

    private void writeBaselineFile(LintResult result) throws MojoExecutionException {
        Path file = writeBaseline.toPath();
        try {
            BaselineFile.write(result.currentBaseline(), file);
        } catch (IOException e) {
            throw new MojoExecutionException("serverless-lint: cannot write the baseline " + file + ": "
                    + e.getMessage(), e);
        }
        int count = result.currentBaseline().entries().stream().mapToInt(Baseline.Entry::count).sum();
        getLog().info("serverless-lint: wrote " + ViolationVerdict.plural(count, "finding") + " to the baseline "
                + file + "; pass it as <baseline> (-Dserverless-lint.baseline) to report only new findings.");
    }

    private CheckSettings settings() throws MojoExecutionException {
        try {
            return CheckSettings.from(severityThreshold, formats, maxAllowedViolations, threads);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("serverless-lint: invalid configuration: " + e.getMessage(), e);
        }
    }

    private static RuleSet discoverRules() throws MojoExecutionException {
        try {
            return RuleSet.discover(CheckMojo.class.getClassLoader());
        } catch (RuntimeException e) {
            throw new MojoExecutionException("serverless-lint: cannot load the rules: " + e.getMessage(), e);
        }
    }

    private LintResult lint(RuleSet rules, LintRequest request) throws MojoExecutionException {
        try {
            LintEngine engine = new LintEngine(rules);
            if (!cache) {
                return engine.run(request);
            }
            Path directory = Path.of(project.getBuild().getDirectory(), "serverless-lint", "cache");
            return new ResultCache(directory, PluginBuild.identity()).run(engine, request);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("serverless-lint: the lint of " + request.root() + " failed: "
                    + e.getMessage(), e);
        }
    }

    private static List<Path> writeReports(LintResult result, CheckSettings settings, Path directory)
            throws MojoExecutionException {
        try {
            return ReportFiles.write(result, settings.formats(), directory);
        } catch (IOException e) {
            throw new MojoExecutionException("serverless-lint: cannot write reports to " + directory + ": "
                    + e.getMessage(), e);
        }
    }
}
