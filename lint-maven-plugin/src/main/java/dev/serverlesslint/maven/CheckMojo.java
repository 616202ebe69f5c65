package dev.serverlesslint.maven;

import dev.serverlesslint.core.engine.LintEngine;
import dev.serverlesslint.core.engine.LintRequest;
import dev.serverlesslint.core.engine.LintResult;
import dev.serverlesslint.core.engine.RuleSet;
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
 * aggregator does not lint the directories of its own modules (they lint themselves).
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

        LintResult result = lint(LintRequest.of(basedir).withSelection(scope.selection())
                .withThreads(settings.threads())
                .withPackaging(ProjectPackagingInputs.of(project, artifact)));
        FindingLog log = new FindingLog(getLog());
        log.findings(result);
        List<Path> reports = writeReports(result, settings, buildDirectory.resolve("serverless-lint"));
        if (printSummary) {
            log.summary(result, reports);
        }
        if (!result.internalErrors().isEmpty()) {
            throw new MojoExecutionException("serverless-lint: " + result.internalErrors().size()
                    + " internal rule error(s), listed above; the lint is incomplete. Please report this with the "
                    + "file concerned.");
        }
        ViolationVerdict verdict = ViolationVerdict.of(result, settings.threshold(), settings.maxAllowedViolations());
        if (verdict.exceedsLimit()) {
            if (failOnViolation) {
                throw new MojoFailureException(verdict.failureMessage(reports));
            }
            getLog().warn(verdict.toleratedMessage());
        }
    }

    private CheckSettings settings() throws MojoExecutionException {
        try {
            return CheckSettings.from(severityThreshold, formats, maxAllowedViolations, threads);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("serverless-lint: invalid configuration: " + e.getMessage(), e);
        }
    }

    private LintResult lint(LintRequest request) throws MojoExecutionException {
        try {
            RuleSet rules = RuleSet.discover(CheckMojo.class.getClassLoader());
            return new LintEngine(rules).run(request);
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
