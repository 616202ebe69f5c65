package dev.serverlesslint.maven;

import dev.serverlesslint.core.cache.ResultCache;
import dev.serverlesslint.core.engine.LintResult;
import dev.serverlesslint.core.engine.RuleSet;
import dev.serverlesslint.core.packaging.PackagingInputs;
import dev.serverlesslint.core.finding.ConfigurationProblem;
import dev.serverlesslint.core.session.LintSession;
import dev.serverlesslint.core.session.LintSessionException;
import dev.serverlesslint.core.session.ProjectRun;
import dev.serverlesslint.core.session.ReportOutput;
import dev.serverlesslint.core.session.SessionOutcome;
import dev.serverlesslint.core.session.SessionRequest;
import org.apache.maven.plugin.AbstractMojo;
import dev.serverlesslint.core.report.TerminalText;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.ProjectDependenciesResolver;
import org.apache.maven.execution.MavenSession;

import java.io.File;
import java.io.Writer;
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
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = true)
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

    @Parameter(defaultValue = "${session}", readonly = true)
    MavenSession session;

    /**
     * Resolves the module's dependencies when the package-size rules run. The goal does not ask Maven to
     * resolve them before it starts: an offline build or a sibling module's jar missing from the local
     * repository must not stop the lint of the sources.
     */
    @Component
    ProjectDependenciesResolver dependenciesResolver;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("serverless-lint: skipped (serverless-lint.skip is true).");
            return;
        }
        CheckSettings settings = settings();
        SessionRequest request = sessionRequest(settings);
        SessionOutcome outcome = lint(request);
        LintResult result = outcome.result();
        FindingLog log = new FindingLog(getLog());
        log.findings(result);
        outcome.baseline().ifPresent(written -> getLog().info("serverless-lint: wrote "
                + ViolationVerdict.plural(written.findings(), "finding") + " to the baseline " + written.file()
                + "; pass it as <baseline> (-Dserverless-lint.baseline) to report only new findings."));
        if (printSummary) {
            log.summary(result, outcome.reportFiles());
        }
        ViolationVerdict verdict = new ViolationVerdict(outcome.verdict());
        switch (outcome.verdict().kind()) {
            case CONFIGURATION_ERROR -> throw new MojoExecutionException(
                    invalidConfigurationMessage(outcome.problems()));
            case INTERNAL_ERROR -> throw new MojoExecutionException("serverless-lint: "
                    + result.internalErrors().size() + " internal rule error(s), listed above; the lint is "
                    + "incomplete. Please report this with the file concerned.");
            case FINDINGS -> {
                if (failOnViolation) {
                    throw new MojoFailureException(verdict.failureMessage(outcome.reportFiles()));
                }
                getLog().warn(verdict.toleratedMessage());
            }
            case CLEAN -> {
            }
        }
    }

    /**
     * The goal's parameters as a session request: the module's base directory is the working directory
     * and the one project root, its modules and build output are not linted, and the report files go to
     * {@code target/serverless-lint}.
     */
    SessionRequest sessionRequest(CheckSettings settings) {
        Path basedir = project.getBasedir().toPath();
        Path buildDirectory = Path.of(project.getBuild().getDirectory());
        ScanScope scope = ScanScope.of(basedir, buildDirectory, project.getModules(), includes, excludes,
                includeTests);
        if (!scope.excludedDirectories().isEmpty()) {
            getLog().debug("serverless-lint: not linting " + scope.excludedDirectories()
                    + " (modules and build output of " + project.getArtifactId() + ")");
        }
        SessionRequest.Builder request = SessionRequest.in(basedir)
                .project(ProjectRun.whole(basedir))
                .includes(scope.includes())
                .excludes(scope.excludes())
                .includeTests(scope.includeTests())
                .configFile(path(configFile))
                .baselineFile(path(baseline))
                .writeBaseline(path(writeBaseline))
                .threads(settings.threads())
                .packaging(packagingInputs())
                .cache(cache ? new ResultCache(buildDirectory.resolve("serverless-lint").resolve("cache"),
                        PluginBuild.identity()) : null)
                .threshold(settings.threshold())
                .maxAllowedViolations(settings.maxAllowedViolations());
        List<Path> files = ReportFiles.pathsOf(buildDirectory.resolve("serverless-lint"), settings.formats());
        for (int i = 0; i < files.size(); i++) {
            request.report(ReportOutput.file(settings.formats().get(i), files.get(i)));
        }
        return request.build();
    }

    /** The packaged artifact and the module's dependencies, resolved now; a failure is one warning. */
    private PackagingInputs packagingInputs() {
        ModuleDependencies dependencies = ModuleDependencies.resolve(dependenciesResolver, project,
                session == null ? null : session.getRepositorySession());
        if (!dependencies.resolved()) {
            getLog().warn("serverless-lint: cannot resolve the dependencies of " + project.getArtifactId() + " ("
                    + dependencies.problem() + "); linting without them: package sizes are not attributed to "
                    + "dependencies (SL207) and SL208 reads the dependencies declared in pom.xml.");
        }
        return ProjectPackagingInputs.of(project, artifact, dependencies);
    }

    private static Path path(File file) {
        return file == null ? null : file.toPath();
    }

    /** The build failure for an invalid configuration or baseline: every problem with its file and line. */
    static String invalidConfigurationMessage(List<ConfigurationProblem> problems) {
        StringBuilder message = new StringBuilder("serverless-lint: invalid configuration ("
                + ViolationVerdict.plural(problems.size(), "problem") + ", SL001):");
        for (ConfigurationProblem problem : problems) {
            message.append(System.lineSeparator()).append("  ").append(TerminalText.escape(problem.path())).append(':')
                    .append(problem.position().line()).append(": ").append(TerminalText.escape(problem.message()));
        }
        message.append(System.lineSeparator()).append("Fix the configuration file or the baseline and run again.");
        return message.toString();
    }

    private SessionOutcome lint(SessionRequest request) throws MojoExecutionException {
        LintSession session = new LintSession(discoverRules());
        try {
            return session.run(request, Writer.nullWriter());
        } catch (LintSessionException e) {
            throw new MojoExecutionException("serverless-lint: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("serverless-lint: the lint of " + request.workingDirectory()
                    + " failed: " + TerminalText.escape(String.valueOf(e.getMessage())), e);
        } catch (OutOfMemoryError e) {
            throw new MojoExecutionException("serverless-lint: out of memory while linting " + request.workingDirectory()
                    + "; give Maven a larger heap (MAVEN_OPTS=-Xmx2g)");
        } catch (StackOverflowError e) {
            throw new MojoExecutionException("serverless-lint: stack overflow while linting "
                    + request.workingDirectory() + "; give Maven a larger stack (MAVEN_OPTS=-Xss8m)");
        }
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
}
