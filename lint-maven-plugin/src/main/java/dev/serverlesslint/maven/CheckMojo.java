package dev.serverlesslint.maven;

import dev.serverlesslint.core.cache.ResultCache;
import dev.serverlesslint.core.engine.LintResult;
import dev.serverlesslint.core.engine.RuleSet;
import dev.serverlesslint.core.packaging.PackagingInputs;
import dev.serverlesslint.core.project.ProjectConfiguration;
import dev.serverlesslint.core.report.AnalysisCategory;
import dev.serverlesslint.core.project.ProjectConfigurationLoader;
import dev.serverlesslint.core.source.FileSelection;
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
import java.util.ArrayList;
import java.util.List;

/**
 * Lints the module's AWS Lambda handler code and its serverless.yml / SAM / CloudFormation
 * templates, logs every finding, writes report files and fails the build when there are more
 * findings at or above the severity threshold than allowed.
 *
 * <p>The lint root is the reactor's (or the directory above it that holds the deployment
 * configuration), so request paths that cross modules and templates outside the module are seen as
 * the command line sees them at the root; each module reports the findings in its own files, with
 * paths relative to the root. The root's {@code .serverless-lint.yml} (or {@code configFile}) and a
 * {@code baseline} apply as on the command line; a problem in either fails the build as a
 * configuration error.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = true)
public class CheckMojo extends AbstractMojo {

    /** The rules that use the module's dependencies: package size and heavy dependencies. */
    private static final String OVERSIZED_PACKAGE = "SL207";
    private static final String HEAVY_DEPENDENCY = "SL208";

    static final String RULES_PROPERTY = "serverless-lint.rules";
    static final String DISABLE_PROPERTY = "serverless-lint.disable";
    static final String SEVERITIES_PROPERTY = "serverless-lint.severities";
    static final String RULE_OPTIONS_PROPERTY = "serverless-lint.ruleOptions";

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

    /**
     * Runs only these rules (IDs or names, e.g. {@code SL103,SL201}); empty: every rule. A
     * {@code -Dserverless-lint.rules=...} on the command line replaces the POM's value.
     */
    @Parameter(property = RULES_PROPERTY)
    List<String> rules;

    /**
     * Rules not to run (IDs or names, e.g. {@code SL205}). A {@code -Dserverless-lint.disable=...} on the
     * command line replaces the POM's value.
     */
    @Parameter(property = DISABLE_PROPERTY)
    List<String> disable;

    /**
     * Severities by rule, {@code ID=note|warning|error|off}, e.g. {@code SL201=error} ({@code off} disables
     * the rule). Over the configuration file's. A {@code -Dserverless-lint.severities=...} on the command line
     * replaces the POM's value.
     */
    @Parameter(property = SEVERITIES_PROPERTY)
    List<String> severities;

    /**
     * Rule options, {@code ID.option=value}, e.g. {@code SL112.maxPoolSize=5} (each rule's page lists its
     * options; so does {@code mvn serverless-lint:list-rules}). Over the configuration file's. A
     * {@code -Dserverless-lint.ruleOptions=...} on the command line replaces the POM's value.
     */
    @Parameter(property = RULE_OPTIONS_PROPERTY)
    List<String> ruleOptions;

    /** Also lints test sources ({@code src/test/...}). */
    @Parameter(property = "serverless-lint.includeTests", defaultValue = "false")
    boolean includeTests;

    /**
     * The encoding of the Java sources, as the compiler reads them. Unset (no
     * {@code project.build.sourceEncoding}): UTF-8, as the command line. YAML and JSON are always read as UTF-8.
     */
    @Parameter(property = "serverless-lint.encoding", defaultValue = "${project.build.sourceEncoding}")
    String encoding;

    /**
     * Report files to write, one per format, named after the format's file extension in
     * {@code outputDirectory} (e.g. {@code target/serverless-lint/report.sarif}): {@code sarif}, {@code json},
     * {@code text}, {@code checkstyle}, {@code rdjson}, {@code github}, {@code gitlab}, {@code junit} (the
     * command line's formats); {@code none} writes no report files.
     */
    @Parameter(property = "serverless-lint.formats", defaultValue = "sarif,json")
    List<String> formats;

    /**
     * Logs every finding, one line each. Off: only the summary and, when the build fails, the failure
     * message (which lists the violations).
     */
    @Parameter(property = "serverless-lint.consoleOutput", defaultValue = "true")
    boolean consoleOutput = true;

    /** Where the report files are written. */
    @Parameter(property = "serverless-lint.outputDirectory", defaultValue = "${project.build.directory}/serverless-lint")
    File outputDirectory;

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
     * A baseline file written earlier with {@code writeBaseline} (or by the command line; the file is the
     * same): the findings it records are not reported, new ones are.
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
     * the settings nor the plugin changed (a rebuild of an unchanged module then costs a read of its files);
     * after a change to Java files only, the unchanged files' checks are reused when the change cannot
     * affect them (lint-core's {@code ResultCache}).
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
        SessionOutcome outcome = analyse();
        LintResult result = outcome.result();
        FindingLog log = new FindingLog(getLog());
        if (consoleOutput) {
            log.findings(result);
        } else {
            log.internalErrors(result);
        }
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
                    throw new MojoFailureException(verdict.failureMessage(outcome.reportFiles(), result.findings()));
                }
                getLog().warn(verdict.toleratedMessage());
            }
            case CLEAN -> {
            }
        }
    }

    /** Lints and writes the report files; logs nothing, judges nothing (the report goal uses it too). */
    SessionOutcome analyse() throws MojoExecutionException {
        CheckSettings settings = settings();
        RuleSet rules = discoverRules();
        return lint(rules, sessionRequest(settings, rules, ruleSettings(rules)));
    }

    /**
     * The goal's parameters as a session request. The lint root is the reactor's (see {@link LintRoot}), so
     * the module is linted in one project model with the rest of the build, as the command line at the root
     * lints it; the module reports the findings in its own files (see {@link LintFiles}), with paths relative
     * to the root, and writes its report files to {@code target/serverless-lint}.
     */
    SessionRequest sessionRequest(CheckSettings settings, RuleSet rules, RuleSettings ruleSettings) {
        Path basedir = project.getBasedir().toPath().toAbsolutePath().normalize();
        Path buildDirectory = Path.of(project.getBuild().getDirectory());
        ModuleLayout module = ModuleLayout.of(project, true);
        List<ModuleLayout> modules = new ArrayList<>();
        for (MavenProject other : buildProjects()) {
            Path directory = other.getBasedir().toPath().toAbsolutePath().normalize();
            modules.add(directory.equals(basedir) ? module : ModuleLayout.of(other, false));
        }
        if (!modules.contains(module)) {
            modules.add(module);
        }
        Path root = LintRoot.find(executionRoot(basedir), modules.stream().map(ModuleLayout::directory).toList());
        Path config = absolute(basedir, configFile);
        ProjectConfiguration configuration = new ProjectConfigurationLoader(rules).load(root, config);
        boolean tests = configuration.includeTests() != null ? configuration.includeTests() : includeTests;
        FileSelection moduleGlobs = new FileSelection(nonBlank(includes), nonBlank(excludes), true);
        LintFiles files = LintFiles.select(root, configuration.selection(List.of(), List.of(), tests), module,
                moduleGlobs, modules, isTopLevel(basedir), tests);
        getLog().debug("serverless-lint: lint root " + root + "; " + project.getArtifactId() + " reports "
                + (files.all() ? "everything" : files.reported()));

        SessionRequest.Builder request = SessionRequest.in(root)
                .project(new ProjectRun(root, files.targets(), files.scope()))
                // The module's share of the findings: its code scanning category is its directory's, as the
                // command line run there would name it (the whole root is read, not what is reported).
                .category(AnalysisCategory.of(root, List.of(basedir)))
                .onlyRules(ruleSettings.only())
                .disabledRules(ruleSettings.disabled())
                .severities(ruleSettings.severities())
                .ruleOptions(ruleSettings.options())
                .includeTests(tests)
                .encoding(settings.encoding())
                .configFile(config)
                .baselineFile(absolute(basedir, baseline))
                .writeBaseline(absolute(basedir, writeBaseline))
                .threads(settings.threads())
                .packaging(packagingInputs(root, ruleSettings))
                .cache(cache ? new ResultCache(buildDirectory.resolve("serverless-lint").resolve("cache"),
                        PluginBuild.identity()) : null)
                .threshold(settings.threshold())
                .maxAllowedViolations(settings.maxAllowedViolations());
        Path reportDirectory = outputDirectory != null ? outputDirectory.toPath()
                : buildDirectory.resolve("serverless-lint");
        List<Path> reports = ReportFiles.pathsOf(reportDirectory, settings.formats());
        for (int i = 0; i < reports.size(); i++) {
            request.report(ReportOutput.file(settings.formats().get(i), reports.get(i)));
        }
        return request.build();
    }

    /** The projects of this build (the module alone when the goal runs outside a Maven session, in tests). */
    private List<MavenProject> buildProjects() {
        return session == null || session.getProjects() == null ? List.of(project) : session.getProjects();
    }

    private Path executionRoot(Path basedir) {
        return session == null || session.getExecutionRootDirectory() == null ? basedir
                : Path.of(session.getExecutionRootDirectory());
    }

    /** The build's top-level project also reports the files that belong to no module (a template above them). */
    private boolean isTopLevel(Path basedir) {
        MavenProject top = session == null ? null : session.getTopLevelProject();
        return top == null || top.getBasedir().toPath().toAbsolutePath().normalize().equals(basedir);
    }

    private static Path absolute(Path basedir, File file) {
        return file == null ? null : basedir.resolve(file.toPath()).toAbsolutePath().normalize();
    }

    private static List<String> nonBlank(List<String> globs) {
        return globs == null ? List.of() : globs.stream().filter(g -> g != null && !g.isBlank()).map(String::trim).toList();
    }

    /**
     * The packaged artifact and, unless the goal's parameters turn SL207 and SL208 off, the module's
     * dependencies, resolved now; a failure is one warning.
     */
    private PackagingInputs packagingInputs(Path root, RuleSettings ruleSettings) {
        if (!ruleSettings.mayRun(OVERSIZED_PACKAGE) && !ruleSettings.mayRun(HEAVY_DEPENDENCY)) {
            return ProjectPackagingInputs.of(project, artifact, ModuleDependencies.NOT_RESOLVED, root);
        }
        ModuleDependencies dependencies = ModuleDependencies.resolve(dependenciesResolver, project,
                session == null ? null : session.getRepositorySession());
        if (!dependencies.resolved()) {
            getLog().warn("serverless-lint: cannot resolve the dependencies of " + project.getArtifactId() + " ("
                    + dependencies.problem() + "); linting without them: package sizes are not attributed to "
                    + "dependencies (SL207) and SL208 reads the dependencies declared in pom.xml.");
        }
        return ProjectPackagingInputs.of(project, artifact, dependencies, root);
    }

    /** The build failure for an invalid configuration or baseline: every problem with its file and line. */
    static String invalidConfigurationMessage(List<ConfigurationProblem> problems) {
        StringBuilder message = new StringBuilder("serverless-lint: invalid configuration ("
                + ViolationVerdict.plural(problems.size(), "problem") + ", SL001):");
        for (ConfigurationProblem problem : problems) {
            message.append(System.lineSeparator()).append("  ").append(TerminalText.escape(problem.path())).append(':')
                    .append(problem.position().line()).append(": ")
                    .append(TerminalText.escape(MavenWording.of(problem.message())));
        }
        message.append(System.lineSeparator()).append("Fix the configuration file or the baseline and run again.");
        return message.toString();
    }

    private SessionOutcome lint(RuleSet rules, SessionRequest request) throws MojoExecutionException {
        LintSession session = new LintSession(rules);
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

    /**
     * The goal's rule settings. For these, a {@code -Dserverless-lint.*} property given on the command line
     * replaces the POM's value (Maven's own rule is the reverse), so one build can try a rule set out.
     */
    private RuleSettings ruleSettings(RuleSet ruleSet) throws MojoExecutionException {
        try {
            return RuleSettings.from(ruleSet, commandLineOr(RULES_PROPERTY, rules),
                    commandLineOr(DISABLE_PROPERTY, disable), commandLineOr(SEVERITIES_PROPERTY, severities),
                    commandLineOr(RULE_OPTIONS_PROPERTY, ruleOptions));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("serverless-lint: invalid configuration: " + e.getMessage(), e);
        }
    }

    private List<String> commandLineOr(String property, List<String> fromPom) {
        String given = session == null || session.getUserProperties() == null ? null
                : session.getUserProperties().getProperty(property);
        return given == null ? fromPom : List.of(given);
    }

    private CheckSettings settings() throws MojoExecutionException {
        try {
            return CheckSettings.from(severityThreshold, formats, maxAllowedViolations, threads, encoding);
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
