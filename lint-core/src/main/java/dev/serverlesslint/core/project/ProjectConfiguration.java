package dev.serverlesslint.core.project;

import dev.serverlesslint.core.finding.ConfigurationProblem;
import dev.serverlesslint.core.engine.LintRequest;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.rule.RuleOptions;
import dev.serverlesslint.core.source.FileSelection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The settings of {@code .serverless-lint.yml}, already checked: the valid parts are kept and
 * every invalid entry is a {@link ConfigurationProblem}.
 *
 * @param displayPath   the file as reported, or {@code null} when there is no configuration file
 * @param disabledRules rules switched off
 * @param enabledRules  rules the file switches on explicitly (informative: rules are on by default,
 *                      and the command line's {@code --disable} still wins)
 * @param severities    per-rule severities
 * @param options       per-rule options
 * @param includes      include globs (relative to the root)
 * @param excludes      exclude globs
 * @param includeTests  whether test sources are linted, or {@code null} when the file does not say
 * @param problems      what is wrong in the file (SL001, exit status 2)
 */
public record ProjectConfiguration(
        String displayPath,
        Set<String> disabledRules,
        Set<String> enabledRules,
        Map<String, Severity> severities,
        Map<String, RuleOptions> options,
        List<String> includes,
        List<String> excludes,
        Boolean includeTests,
        List<ConfigurationProblem> problems) {

    /** No configuration file: defaults everywhere. */
    public static final ProjectConfiguration NONE = new ProjectConfiguration(null, Set.of(), Set.of(), Map.of(),
            Map.of(), List.of(), List.of(), null, List.of());

    public ProjectConfiguration {
        disabledRules = Set.copyOf(disabledRules);
        enabledRules = Set.copyOf(enabledRules);
        severities = Map.copyOf(severities);
        options = Map.copyOf(options);
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        problems = List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /**
     * The file selection: this file's globs plus the caller's (command line or plugin parameters).
     *
     * @param extraIncludes       include globs given by the caller
     * @param extraExcludes       exclude globs given by the caller
     * @param includeTestsDefault whether test sources are linted when the file does not say
     */
    public FileSelection selection(List<String> extraIncludes, List<String> extraExcludes,
                                   boolean includeTestsDefault) {
        List<String> allIncludes = new ArrayList<>(includes);
        allIncludes.addAll(extraIncludes);
        List<String> allExcludes = new ArrayList<>(excludes);
        allExcludes.addAll(extraExcludes);
        return new FileSelection(allIncludes, allExcludes, includeTests == null ? includeTestsDefault : includeTests);
    }

    /**
     * The request with this file's rule switches, severities, options and problems applied. What the
     * request already says (from the command line or plugin parameters) wins: a rule named in
     * {@code onlyRules} runs even if the file disables it, and its severity overrides stay.
     * The file selection is not changed; use {@link #selection} for it.
     */
    public LintRequest applyTo(LintRequest request) {
        Set<String> disabled = new HashSet<>(disabledRules);
        disabled.removeAll(request.onlyRules());
        disabled.addAll(request.disabledRules());
        Map<String, Severity> allSeverities = new HashMap<>(severities);
        allSeverities.putAll(request.severityOverrides());
        Map<String, RuleOptions> allOptions = new HashMap<>(options);
        request.ruleOptions().forEach((rule, ruleOptions) -> allOptions.merge(rule, ruleOptions, (fromFile, given) -> {
            Map<String, String> merged = new HashMap<>(fromFile.values());
            merged.putAll(given.values());
            return new RuleOptions(merged);
        }));
        return request.withRules(request.onlyRules(), disabled, allSeverities, allOptions)
                .withConfigurationProblems(problems);
    }
}
