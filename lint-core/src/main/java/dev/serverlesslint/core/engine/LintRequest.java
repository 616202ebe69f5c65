package dev.serverlesslint.core.engine;

import dev.serverlesslint.core.baseline.Baseline;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.packaging.PackagingInputs;
import dev.serverlesslint.core.finding.ConfigurationProblem;
import dev.serverlesslint.core.rule.RuleOptions;
import dev.serverlesslint.core.source.FileSelection;
import dev.serverlesslint.core.source.SourceEncoding;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What to lint and how.
 *
 * @param root              project root; reported paths are relative to it
 * @param targets           files or directories below the root (empty: the whole root)
 * @param selection         include/exclude globs and test sources
 * @param onlyRules         if not empty, only these rule IDs run
 * @param disabledRules     rule IDs that do not run
 * @param severityOverrides per-rule severities replacing the defaults
 * @param ruleOptions       per-rule options by rule ID
 * @param asOf              the date dated rules use
 * @param threads           worker threads for parsing and checking
 * @param maxFileBytes      files larger than this are reported, not parsed
 * @param reportScope       which findings are reported; everything is still analysed
 * @param baseline          accepted findings, not reported
 * @param configurationProblems problems found while loading the configuration or the baseline,
 *                          reported as SL001 whatever the scope and the baseline
 * @param packaging         deployment artifacts and resolved dependencies the build knows (package-size rules)
 * @param encoding          how the files are decoded (Java sources in the project's source encoding)
 */
public record LintRequest(
        Path root,
        List<Path> targets,
        FileSelection selection,
        Set<String> onlyRules,
        Set<String> disabledRules,
        Map<String, Severity> severityOverrides,
        Map<String, RuleOptions> ruleOptions,
        LocalDate asOf,
        int threads,
        long maxFileBytes,
        ReportScope reportScope,
        Baseline baseline,
        List<ConfigurationProblem> configurationProblems,
        PackagingInputs packaging,
        SourceEncoding encoding) {

    public static final long DEFAULT_MAX_FILE_BYTES = 10L * 1024 * 1024;

    public LintRequest {
        Objects.requireNonNull(root, "root");
        targets = List.copyOf(targets);
        onlyRules = Set.copyOf(onlyRules);
        disabledRules = Set.copyOf(disabledRules);
        severityOverrides = Map.copyOf(severityOverrides);
        ruleOptions = Map.copyOf(ruleOptions);
        reportScope = reportScope == null ? ReportScope.ALL : reportScope;
        baseline = baseline == null ? Baseline.EMPTY : baseline;
        configurationProblems = List.copyOf(configurationProblems);
        packaging = packaging == null ? PackagingInputs.NONE : packaging;
        encoding = encoding == null ? SourceEncoding.UTF_8 : encoding;
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
    }

    /** A request that reports everything, with no baseline and no configuration problems. */
    public LintRequest(Path root, List<Path> targets, FileSelection selection, Set<String> onlyRules,
                       Set<String> disabledRules, Map<String, Severity> severityOverrides,
                       Map<String, RuleOptions> ruleOptions, LocalDate asOf, int threads, long maxFileBytes) {
        this(root, targets, selection, onlyRules, disabledRules, severityOverrides, ruleOptions, asOf, threads,
                maxFileBytes, ReportScope.ALL, Baseline.EMPTY, List.of(), PackagingInputs.NONE, SourceEncoding.UTF_8);
    }

    /** A request with no packaging inputs (the engine still finds artifacts declared in configuration). */
    public LintRequest(Path root, List<Path> targets, FileSelection selection, Set<String> onlyRules,
                       Set<String> disabledRules, Map<String, Severity> severityOverrides,
                       Map<String, RuleOptions> ruleOptions, LocalDate asOf, int threads, long maxFileBytes,
                       ReportScope reportScope, Baseline baseline, List<ConfigurationProblem> configurationProblems) {
        this(root, targets, selection, onlyRules, disabledRules, severityOverrides, ruleOptions, asOf, threads,
                maxFileBytes, reportScope, baseline, configurationProblems, PackagingInputs.NONE, SourceEncoding.UTF_8);
    }

    /** Lints everything under {@code root} with default settings. */
    public static LintRequest of(Path root) {
        return new LintRequest(root, List.of(), FileSelection.everything(), Set.of(), Set.of(), Map.of(),
                Map.of(), LocalDate.now(), Runtime.getRuntime().availableProcessors(), DEFAULT_MAX_FILE_BYTES);
    }

    public boolean isEnabled(String ruleId) {
        return (onlyRules.isEmpty() || onlyRules.contains(ruleId)) && !disabledRules.contains(ruleId);
    }

    public RuleOptions optionsOf(String ruleId) {
        return ruleOptions.getOrDefault(ruleId, RuleOptions.NONE);
    }

    public LintRequest withAsOf(LocalDate date) {
        return new LintRequest(root, targets, selection, onlyRules, disabledRules, severityOverrides, ruleOptions, date,
                threads, maxFileBytes, reportScope, baseline, configurationProblems, packaging, encoding);
    }

    public LintRequest withThreads(int count) {
        return new LintRequest(root, targets, selection, onlyRules, disabledRules, severityOverrides, ruleOptions, asOf,
                count, maxFileBytes, reportScope, baseline, configurationProblems, packaging, encoding);
    }

    public LintRequest withReportScope(ReportScope scope) {
        return new LintRequest(root, targets, selection, onlyRules, disabledRules, severityOverrides, ruleOptions, asOf,
                threads, maxFileBytes, scope, baseline, configurationProblems, packaging, encoding);
    }

    public LintRequest withBaseline(Baseline accepted) {
        return new LintRequest(root, targets, selection, onlyRules, disabledRules, severityOverrides, ruleOptions, asOf,
                threads, maxFileBytes, reportScope, accepted, configurationProblems, packaging, encoding);
    }

    /** Adds problems to those already in the request. */
    public LintRequest withConfigurationProblems(List<ConfigurationProblem> problems) {
        List<ConfigurationProblem> all = new java.util.ArrayList<>(configurationProblems);
        all.addAll(problems);
        return new LintRequest(root, targets, selection, onlyRules, disabledRules, severityOverrides, ruleOptions, asOf,
                threads, maxFileBytes, reportScope, baseline, all, packaging, encoding);
    }

    public LintRequest withSelection(FileSelection files) {
        return new LintRequest(root, targets, files, onlyRules, disabledRules, severityOverrides, ruleOptions, asOf,
                threads, maxFileBytes, reportScope, baseline, configurationProblems, packaging, encoding);
    }

    /** Replaces the rule switches, severities and options (what {@code .serverless-lint.yml} sets). */
    public LintRequest withRules(Set<String> only, Set<String> disabled, Map<String, Severity> severities,
                                 Map<String, RuleOptions> options) {
        return new LintRequest(root, targets, selection, only, disabled, severities, options, asOf,
                threads, maxFileBytes, reportScope, baseline, configurationProblems, packaging, encoding);
    }

    /** Replaces the deployment artifacts and resolved dependencies given by the build. */
    public LintRequest withPackaging(PackagingInputs inputs) {
        return new LintRequest(root, targets, selection, onlyRules, disabledRules, severityOverrides, ruleOptions, asOf,
                threads, maxFileBytes, reportScope, baseline, configurationProblems, inputs, encoding);
    }

    /** Replaces how the project's files are decoded. */
    public LintRequest withEncoding(SourceEncoding charsets) {
        return new LintRequest(root, targets, selection, onlyRules, disabledRules, severityOverrides, ruleOptions, asOf,
                threads, maxFileBytes, reportScope, baseline, configurationProblems, packaging, charsets);
    }
}
