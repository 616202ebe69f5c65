package dev.serverlesslint.core.session;

import dev.serverlesslint.core.baseline.Baseline;
import dev.serverlesslint.core.baseline.BaselineFile;
import dev.serverlesslint.core.engine.InternalError;
import dev.serverlesslint.core.engine.LintEngine;
import dev.serverlesslint.core.engine.LintRequest;
import dev.serverlesslint.core.engine.LintResult;
import dev.serverlesslint.core.engine.ReportScope;
import dev.serverlesslint.core.engine.RuleSet;
import dev.serverlesslint.core.finding.ConfigurationProblem;
import dev.serverlesslint.core.finding.Finding;
import dev.serverlesslint.core.project.ProjectSetup;
import dev.serverlesslint.core.report.AnalysisCategory;
import dev.serverlesslint.core.report.MarkdownSummaryReporter;
import dev.serverlesslint.core.report.ReportFile;
import dev.serverlesslint.core.report.ReportFileException;
import dev.serverlesslint.core.report.ReportFormat;
import dev.serverlesslint.core.report.ReportSettings;
import dev.serverlesslint.core.report.SourceLines;
import dev.serverlesslint.core.source.FileSelection;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One lint run, the same for the command line and the Maven plugin: each project's configuration
 * and baseline applied, the engine run (through the cache when the request has one), the projects'
 * results merged with paths relative to the working directory, the baseline written, the reports
 * written with one set of report settings (source lines for snippets and fingerprints, rule links,
 * colour), and the verdict. So one project gives the same findings, fingerprints and report bytes
 * from either entry point.
 * <p>
 * The run has two steps so that a caller can show progress around the analysis only:
 * {@link #analyse} and {@link #conclude}; {@link #run} does both.
 */
public final class LintSession {

    private final RuleSet ruleSet;
    private final LintEngine engine;

    public LintSession(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
        this.engine = new LintEngine(ruleSet);
    }

    /** What the analysis found, before anything is written. */
    public record Analysis(SessionRequest request, LintResult result, List<ConfigurationProblem> problems) {

        public Analysis {
            problems = List.copyOf(problems);
        }
    }

    /** Analyses and concludes; console reports go to {@code console}. */
    public SessionOutcome run(SessionRequest request, Writer console) throws LintSessionException {
        return conclude(analyse(request), console);
    }

    /** Lints every project of the request. A failing rule is an internal error of the result, not an exception. */
    public Analysis analyse(SessionRequest request) {
        List<LintResult> results = new ArrayList<>();
        List<ConfigurationProblem> problems = new ArrayList<>();
        for (ProjectRun project : request.projects()) {
            LintRequest lintRequest = lintRequest(request, project);
            problems.addAll(lintRequest.configurationProblems());
            LintResult result = request.cache().isPresent() ? request.cache().get().run(engine, lintRequest)
                    : engine.run(lintRequest);
            results.add(rebase(result, project.pathPrefix(request.workingDirectory())));
        }
        return new Analysis(request, merge(results), problems);
    }

    /**
     * Writes the baseline (when asked and the configuration is valid) and the reports, and judges.
     * A run that writes a baseline sends no report to the console: there it says what it wrote.
     */
    public SessionOutcome conclude(Analysis analysis, Writer console) throws LintSessionException {
        SessionRequest request = analysis.request();
        LintResult result = analysis.result();
        boolean invalid = !analysis.problems().isEmpty();
        Optional<SessionOutcome.WrittenBaseline> baseline = Optional.empty();
        if (request.writeBaseline() != null && !invalid) {
            baseline = Optional.of(writeBaseline(request, result.currentBaseline()));
        }
        ReportSettings settings = new ReportSettings(SourceLines.under(reportedPathsRoot(request), request.encoding()),
                request.color(), request.docsBaseUrl(),
                request.category() != null ? request.category() : analysedCategory(request), request.threshold());
        List<Path> files = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (ReportOutput output : request.reports()) {
            if (output.toConsole()) {
                if (baseline.isEmpty()) {
                    writeToConsole(output.format(), result, settings, console);
                }
            } else {
                files.add(writeFile(request, output, result, settings));
            }
        }
        if (request.stepSummary() != null) {
            appendStepSummary(request, result, settings, warnings);
        }
        Verdict verdict = Verdict.judge(result, request.threshold(), request.maxAllowedViolations(), invalid,
                baseline.isPresent());
        return new SessionOutcome(result, analysis.problems(), baseline, files, verdict, warnings);
    }

    /** The engine request for one project: the session's settings, then the project's configuration and baseline. */
    private LintRequest lintRequest(SessionRequest request, ProjectRun project) {
        LintRequest base = new LintRequest(project.root(), project.targets(), FileSelection.everything(),
                request.onlyRules(), request.disabledRules(), request.severities(), request.ruleOptions(), request.asOf(), request.threads(),
                LintRequest.DEFAULT_MAX_FILE_BYTES);
        LintRequest configured = ProjectSetup.apply(base, ruleSet, resolved(request, request.configFile()),
                resolved(request, request.baselineFile()), request.includes(), request.excludes(),
                request.includeTests());
        // A baseline records the whole project's findings, whatever would be reported.
        ReportScope scope = request.writeBaseline() != null ? ReportScope.ALL : project.scope();
        return configured.withReportScope(scope).withPackaging(request.packaging()).withEncoding(request.encoding());
    }

    private static Path resolved(SessionRequest request, Path file) {
        return file == null ? null : request.workingDirectory().resolve(file).toAbsolutePath().normalize();
    }

    /** Findings with paths relative to the working directory instead of the project's root. */
    private static LintResult rebase(LintResult result, String prefix) {
        if (prefix.isEmpty()) {
            return result;
        }
        List<Finding> findings = new ArrayList<>();
        Map<Finding, String> fingerprints = new HashMap<>();
        for (Finding f : result.findings()) {
            Finding moved = f.withPathPrefix(prefix);
            findings.add(moved);
            result.fingerprint(f).ifPresent(value -> fingerprints.put(moved, value));
        }
        List<InternalError> errors = result.internalErrors().stream()
                .map(e -> new InternalError(e.ruleId(), prefix + e.path(), e.message(), e.cause()))
                .toList();
        return new LintResult(findings, result.filesChecked(), errors, result.rules(), result.currentBaseline(),
                result.hiddenByBaseline(), fingerprints);
    }

    private LintResult merge(List<LintResult> results) {
        if (results.size() == 1) {
            return results.get(0);
        }
        List<Finding> findings = new ArrayList<>();
        List<InternalError> errors = new ArrayList<>();
        List<Baseline.Entry> accepted = new ArrayList<>();
        Map<Finding, String> fingerprints = new HashMap<>();
        int files = 0;
        int hidden = 0;
        for (LintResult result : results) {
            findings.addAll(result.findings());
            errors.addAll(result.internalErrors());
            accepted.addAll(result.currentBaseline().entries());
            fingerprints.putAll(result.fingerprints());
            files += result.filesChecked();
            hidden += result.hiddenByBaseline();
        }
        findings.sort(null);
        return new LintResult(findings, files, errors, ruleSet, new Baseline(accepted), hidden, fingerprints);
    }

    /** The analysed paths (each project's targets, or its root) as a code scanning category. */
    private static String analysedCategory(SessionRequest request) {
        List<Path> analysed = new ArrayList<>();
        for (ProjectRun project : request.projects()) {
            analysed.addAll(project.targets().isEmpty() ? List.of(project.root()) : project.targets());
        }
        return AnalysisCategory.of(request.projects().get(0).root(), analysed);
    }

    /** Reported paths are relative to the working directory, or to the one project root outside it. */
    private static Path reportedPathsRoot(SessionRequest request) {
        List<ProjectRun> projects = request.projects();
        Path workingDirectory = request.workingDirectory();
        return projects.size() == 1 && !projects.get(0).root().startsWith(workingDirectory)
                ? projects.get(0).root() : workingDirectory;
    }

    private static SessionOutcome.WrittenBaseline writeBaseline(SessionRequest request, Baseline baseline)
            throws LintSessionException {
        Path file = request.workingDirectory().resolve(request.writeBaseline());
        try {
            String text = BaselineFile.render(baseline);
            ReportFile.write(file, writer -> writer.write(text));
        } catch (ReportFileException e) {
            throw new LintSessionException(e.getMessage().replaceFirst("^cannot write report ",
                    "cannot write the baseline "), e);
        }
        int count = baseline.entries().stream().mapToInt(Baseline.Entry::count).sum();
        return new SessionOutcome.WrittenBaseline(request.writeBaseline(), count);
    }

    private static void writeToConsole(ReportFormat format, LintResult result, ReportSettings settings,
                                       Writer console) throws LintSessionException {
        try {
            format.reporter(settings).write(result, console);
            console.flush();
        } catch (IOException e) {
            throw new LintSessionException("cannot write the report: " + describe(e), e);
        }
    }

    private static Path writeFile(SessionRequest request, ReportOutput output, LintResult result,
                                  ReportSettings settings) throws LintSessionException {
        Path file = request.workingDirectory().resolve(output.file()).toAbsolutePath().normalize();
        if (ReportFile.wouldOverwriteInput(file)) {
            throw new LintSessionException("refusing to write the report to " + output.file() + ": it is a file"
                    + " serverless-lint reads (Java, YAML, JSON), not an earlier report; choose another file", null);
        }
        try {
            ReportFile.write(file, writer -> output.format().reporter(settings).write(result, writer));
        } catch (ReportFileException e) {
            throw new LintSessionException(e.getMessage(), e);
        }
        return file;
    }

    /** GitHub's job summary: Markdown appended to the file, never coloured. A failure is a warning, not an error. */
    private static void appendStepSummary(SessionRequest request, LintResult result, ReportSettings settings,
                                          List<String> warnings) {
        Path file = request.workingDirectory().resolve(request.stepSummary());
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND, StandardOpenOption.WRITE)) {
            new MarkdownSummaryReporter(settings.withColor(false)).write(result, writer);
        } catch (IOException e) {
            warnings.add("cannot write the step summary to " + request.stepSummary() + ": " + e.getMessage());
        }
    }

    /** An I/O failure as users read it: the exception's kind when its message is only a path. */
    private static String describe(Exception e) {
        String message = e.getMessage();
        String kind = e.getClass().getSimpleName();
        return message == null ? kind : kind + ": " + message;
    }
}
