package dev.serverlesslint.core.engine;

import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.rule.RuleOptions;
import dev.serverlesslint.core.source.FileSelection;

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
        long maxFileBytes) {

    public static final long DEFAULT_MAX_FILE_BYTES = 10L * 1024 * 1024;

    public LintRequest {
        Objects.requireNonNull(root, "root");
        targets = List.copyOf(targets);
        onlyRules = Set.copyOf(onlyRules);
        disabledRules = Set.copyOf(disabledRules);
        severityOverrides = Map.copyOf(severityOverrides);
        ruleOptions = Map.copyOf(ruleOptions);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
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
                threads, maxFileBytes);
    }

    public LintRequest withSelection(FileSelection newSelection) {
        return new LintRequest(root, targets, newSelection, onlyRules, disabledRules, severityOverrides, ruleOptions,
                asOf, threads, maxFileBytes);
    }

    public LintRequest withThreads(int count) {
        return new LintRequest(root, targets, selection, onlyRules, disabledRules, severityOverrides, ruleOptions, asOf,
                count, maxFileBytes);
    }
}
