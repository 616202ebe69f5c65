package dev.serverlesslint.core.engine;

import dev.serverlesslint.core.baseline.Baseline;
import dev.serverlesslint.core.baseline.Fingerprint;
import dev.serverlesslint.core.config.ConfigDocument;
import dev.serverlesslint.core.finding.Finding;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.java.JavaSource;
import dev.serverlesslint.core.location.ProjectSources;
import dev.serverlesslint.core.model.ProjectModel;
import dev.serverlesslint.core.packaging.PackagingScanner;
import dev.serverlesslint.core.packaging.ProjectPackaging;
import dev.serverlesslint.core.project.ConfigurationProblem;
import dev.serverlesslint.core.rule.ConfigRule;
import dev.serverlesslint.core.rule.JavaRule;
import dev.serverlesslint.core.rule.ProjectRule;
import dev.serverlesslint.core.rule.Rule;
import dev.serverlesslint.core.rule.RuleMetadata;
import dev.serverlesslint.core.source.FileDiscovery;
import dev.serverlesslint.core.source.ParseFailure;
import dev.serverlesslint.core.source.ParseOutcome;
import dev.serverlesslint.core.source.SourceFile;
import dev.serverlesslint.core.suppression.SuppressionStage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

/**
 * Runs a lint: discover files, parse each once in parallel, build the project model, run every
 * enabled rule on every file in parallel, and return the findings in a deterministic order
 * (independent of the thread count).
 */
public final class LintEngine {

    /** Parser recursion on deeply nested input needs more stack than the default. */
    public static final long WORKER_STACK_BYTES = 64L * 1024 * 1024;

    private final RuleSet ruleSet;

    public LintEngine(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
    }

    public RuleSet ruleSet() {
        return ruleSet;
    }

    public LintResult run(LintRequest request) {
        FileDiscovery discovery = new FileDiscovery(request.root(), request.selection());
        List<SourceFile> files = discovery.discover(request.targets());
        ExecutorService workers = Executors.newFixedThreadPool(request.threads(), workerThreads());
        try {
            SourceReader reader = new SourceReader(request.maxFileBytes());
            List<ParseOutcome<?>> outcomes = runAll(workers, files.stream()
                    .<Callable<ParseOutcome<?>>>map(file -> () -> reader.read(file))
                    .toList());

            List<JavaSource> javaSources = new ArrayList<>();
            List<ConfigDocument> configDocuments = new ArrayList<>();
            List<ParseFailure> failures = new ArrayList<>();
            for (ParseOutcome<?> outcome : outcomes) {
                if (outcome.failure() != null) {
                    failures.add(outcome.failure());
                } else if (outcome.value() instanceof JavaSource java) {
                    javaSources.add(java);
                } else if (outcome.value() instanceof ConfigDocument config) {
                    configDocuments.add(config);
                }
            }
            List<ProjectRule> projectRules = enabledRules(request, ProjectRule.class);
            ProjectPackaging packaging = projectRules.isEmpty() ? ProjectPackaging.NONE
                    : new PackagingScanner(request.root()).scan(request.packaging(), configDocuments,
                            discovery.buildFiles());
            ProjectModel model = new ProjectModel(javaSources, configDocuments, packaging);

            List<Finding> findings = new ArrayList<>(parseErrorFindings(request, failures));
            List<InternalError> internalErrors = new ArrayList<>();
            List<Callable<FileResult>> checks = new ArrayList<>();
            List<JavaRule> javaRules = enabledRules(request, JavaRule.class);
            List<ConfigRule> configRules = enabledRules(request, ConfigRule.class);
            for (JavaSource source : javaSources) {
                checks.add(() -> check(request, model, source.path(), javaRules, (rule, ctx) -> rule.check(source, ctx)));
            }
            for (ConfigDocument document : configDocuments) {
                checks.add(() -> check(request, model, document.path(), configRules,
                        (rule, ctx) -> rule.check(document, ctx)));
            }
            if (!projectRules.isEmpty()) {
                checks.add(() -> check(request, model, "", projectRules, (rule, ctx) -> rule.check(model, ctx)));
            }
            for (FileResult result : runAll(workers, checks)) {
                findings.addAll(result.findings());
                internalErrors.addAll(result.errors());
            }
            // On a worker thread too: reading suppressions walks the trees, which may be very deep.
            return runAll(workers, List.<Callable<LintResult>>of(
                    () -> afterRules(request, model, files, findings, internalErrors))).get(0);
        } finally {
            workers.shutdownNow();
        }
    }

    /**
     * The stages after the rules, in order: suppressions (SL001, SL002), fingerprints and the
     * baseline, the report scope, and the configuration problems, which are always reported.
     */
    private LintResult afterRules(LintRequest request, ProjectModel model, List<SourceFile> files,
                                  List<Finding> ruleFindings, List<InternalError> internalErrors) {
        ProjectSources sources = new ProjectSources(model, files);
        SuppressionStage suppressions = new SuppressionStage(ruleSet::contains, request::isEnabled,
                id -> ruleSet.metadata(id).orElseThrow(), meta -> severityOf(request, meta));
        SuppressionStage.Outcome outcome = suppressions.apply(model, sources, ruleFindings);
        List<Finding> findings = new ArrayList<>(outcome.kept());
        findings.addAll(outcome.added());
        findings.sort(null);

        Map<Finding, Fingerprint> fingerprints = new HashMap<>();
        Function<Finding, Fingerprint> fingerprintOf = finding -> fingerprints.computeIfAbsent(finding,
                f -> Fingerprint.of(f, sources.lines(f.path()), sources.regions(f.path())));
        Baseline current = Baseline.of(findings, fingerprintOf);
        List<Finding> shown = request.baseline().hide(findings, fingerprintOf);
        int hidden = findings.size() - shown.size();

        List<Finding> reported = new ArrayList<>();
        for (Finding finding : shown) {
            if (request.reportScope().includes(finding.path(), finding.line())) {
                reported.add(finding);
            }
        }
        RuleMetadata invalid = ruleSet.metadata("SL001").orElseThrow();
        for (ConfigurationProblem problem : request.configurationProblems()) {
            reported.add(new Finding(invalid.id(), invalid.name(), invalid.defaultSeverity(), problem.path(),
                    problem.position().line(), problem.position().column(), problem.message(), null));
        }
        reported.sort(null);
        Map<Finding, String> reportedFingerprints = new HashMap<>();
        for (Finding finding : reported) {
            Fingerprint fingerprint = fingerprints.get(finding);
            if (fingerprint != null) {
                reportedFingerprints.put(finding, fingerprint.value());
            }
        }
        return new LintResult(reported, files.size(), internalErrors, ruleSet, current, hidden, reportedFingerprints);
    }

    private record FileResult(List<Finding> findings, List<InternalError> errors) {
    }

    private <R extends Rule> FileResult check(LintRequest request, ProjectModel model, String path, List<R> rules,
                                              BiConsumer<R, CollectingContext> checkOne) {
        List<Finding> findings = new ArrayList<>();
        List<InternalError> errors = new ArrayList<>();
        for (R rule : rules) {
            RuleMetadata meta = rule.metadata();
            List<Finding> ruleFindings = new ArrayList<>();
            CollectingContext context = new CollectingContext(model, request.asOf(), meta,
                    request.optionsOf(meta.id()), severityOf(request, meta),
                    request.severityOverrides().containsKey(meta.id()), path, ruleFindings);
            try {
                checkOne.accept(rule, context);
                findings.addAll(ruleFindings);
            } catch (RuntimeException | StackOverflowError e) {
                errors.add(new InternalError(meta.id(), path, String.valueOf(e), e));
            }
        }
        return new FileResult(findings, errors);
    }

    private List<Finding> parseErrorFindings(LintRequest request, List<ParseFailure> failures) {
        RuleMetadata meta = new ParseErrorRule().metadata();
        if (!request.isEnabled(meta.id())) {
            return List.of();
        }
        Severity severity = severityOf(request, meta);
        return failures.stream()
                .map(f -> new Finding(meta.id(), meta.name(), severity, f.file().relativePath(),
                        f.position().line(), f.position().column(), f.message(), null))
                .toList();
    }

    private <R> List<R> enabledRules(LintRequest request, Class<R> type) {
        return ruleSet.rules().stream()
                .filter(type::isInstance)
                .filter(rule -> request.isEnabled(rule.metadata().id()))
                .map(type::cast)
                .toList();
    }

    private static Severity severityOf(LintRequest request, RuleMetadata meta) {
        return request.severityOverrides().getOrDefault(meta.id(), meta.defaultSeverity());
    }

    /** Runs the tasks and returns their results in task order, so output never depends on scheduling. */
    private static <T> List<T> runAll(ExecutorService workers, List<Callable<T>> tasks) {
        try {
            List<Future<T>> futures = workers.invokeAll(tasks);
            List<T> results = new ArrayList<>(futures.size());
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("lint interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("lint worker failed: " + e.getCause(), e.getCause());
        }
    }

    private static ThreadFactory workerThreads() {
        AtomicInteger counter = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(null, task, "serverless-lint-" + counter.incrementAndGet(), WORKER_STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        };
    }
}
