package dev.serverlesslint.core.session;

import dev.serverlesslint.core.cache.ResultCache;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.packaging.PackagingInputs;
import dev.serverlesslint.core.report.AnalysisCategory;
import dev.serverlesslint.core.report.ReportSettings;
import dev.serverlesslint.core.rule.RuleOptions;
import dev.serverlesslint.core.source.SourceEncoding;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a lint session needs, whoever starts it: the command line and the Maven plugin only
 * translate their options into one of these. The defaults live here, once: test sources are not
 * linted, the threshold is {@code warning}, no violation is allowed, dated rules judge as of today
 * (UTC), no cache, no reports.
 */
public final class SessionRequest {

    /** Whether test sources ({@code src/test/...}) are linted when neither the caller nor the configuration says. */
    public static final boolean DEFAULT_INCLUDE_TESTS = false;

    private final Path workingDirectory;
    private final List<ProjectRun> projects;
    private final Set<String> onlyRules;
    private final Set<String> disabledRules;
    private final Map<String, Severity> severities;
    private final Map<String, RuleOptions> ruleOptions;
    private final List<String> includes;
    private final List<String> excludes;
    private final boolean includeTests;
    private final SourceEncoding encoding;
    private final Path configFile;
    private final Path baselineFile;
    private final Path writeBaseline;
    private final LocalDate asOf;
    private final int threads;
    private final PackagingInputs packaging;
    private final ResultCache cache;
    private final Severity threshold;
    private final int maxAllowedViolations;
    private final List<ReportOutput> reports;
    private final boolean color;
    private final String docsBaseUrl;
    private final Path stepSummary;
    private final String category;

    private SessionRequest(Builder builder) {
        workingDirectory = builder.workingDirectory;
        projects = List.copyOf(builder.projects);
        onlyRules = Set.copyOf(builder.onlyRules);
        disabledRules = Set.copyOf(builder.disabledRules);
        severities = Map.copyOf(builder.severities);
        ruleOptions = Map.copyOf(builder.ruleOptions);
        includes = List.copyOf(builder.includes);
        excludes = List.copyOf(builder.excludes);
        includeTests = builder.includeTests;
        encoding = builder.encoding;
        configFile = builder.configFile;
        baselineFile = builder.baselineFile;
        writeBaseline = builder.writeBaseline;
        asOf = builder.asOf;
        threads = builder.threads;
        packaging = builder.packaging;
        cache = builder.cache;
        threshold = builder.threshold;
        maxAllowedViolations = builder.maxAllowedViolations;
        reports = List.copyOf(builder.reports);
        color = builder.color;
        docsBaseUrl = builder.docsBaseUrl;
        stepSummary = builder.stepSummary;
        category = builder.category;
    }

    /**
     * @param workingDirectory where relative paths of the request are resolved and what reported paths are
     *                         relative to (the Maven plugin: the module's base directory)
     */
    public static Builder in(Path workingDirectory) {
        return new Builder(workingDirectory);
    }

    public Path workingDirectory() {
        return workingDirectory;
    }

    public List<ProjectRun> projects() {
        return projects;
    }

    public Set<String> onlyRules() {
        return onlyRules;
    }

    public Set<String> disabledRules() {
        return disabledRules;
    }

    /** Severities by rule ID, over the configuration file's (the plugin's {@code severities}). */
    public Map<String, Severity> severities() {
        return severities;
    }

    /** Rule options by rule ID, over the configuration file's (the plugin's {@code ruleOptions}). */
    public Map<String, RuleOptions> ruleOptions() {
        return ruleOptions;
    }

    public List<String> includes() {
        return includes;
    }

    public List<String> excludes() {
        return excludes;
    }

    public boolean includeTests() {
        return includeTests;
    }

    /** How the project's files are decoded: Java sources in this charset, YAML and JSON as UTF-8. */
    public SourceEncoding encoding() {
        return encoding;
    }

    /** The configuration file, or {@code null} for {@code .serverless-lint.yml} in each project root. */
    public Path configFile() {
        return configFile;
    }

    public Path baselineFile() {
        return baselineFile;
    }

    public Path writeBaseline() {
        return writeBaseline;
    }

    public LocalDate asOf() {
        return asOf;
    }

    public int threads() {
        return threads;
    }

    public PackagingInputs packaging() {
        return packaging;
    }

    public Optional<ResultCache> cache() {
        return Optional.ofNullable(cache);
    }

    public Severity threshold() {
        return threshold;
    }

    public int maxAllowedViolations() {
        return maxAllowedViolations;
    }

    public List<ReportOutput> reports() {
        return reports;
    }

    public boolean color() {
        return color;
    }

    public String docsBaseUrl() {
        return docsBaseUrl;
    }

    /** A file the Markdown summary is appended to ({@code $GITHUB_STEP_SUMMARY}), or {@code null}. */
    public Path stepSummary() {
        return stepSummary;
    }

    /** The code scanning category of SARIF reports, or {@code null}: the analysed paths' (see {@link AnalysisCategory}). */
    public String category() {
        return category;
    }

    /** Sets the request's fields; each has the default described on {@link SessionRequest}. */
    public static final class Builder {

        private final Path workingDirectory;
        private final List<ProjectRun> projects = new ArrayList<>();
        private final Set<String> onlyRules = new LinkedHashSet<>();
        private final Set<String> disabledRules = new LinkedHashSet<>();
        private final Map<String, Severity> severities = new LinkedHashMap<>();
        private final Map<String, RuleOptions> ruleOptions = new LinkedHashMap<>();
        private final List<String> includes = new ArrayList<>();
        private final List<String> excludes = new ArrayList<>();
        private boolean includeTests = DEFAULT_INCLUDE_TESTS;
        private SourceEncoding encoding = SourceEncoding.UTF_8;
        private Path configFile;
        private Path baselineFile;
        private Path writeBaseline;
        private LocalDate asOf = LocalDate.now(ZoneOffset.UTC);
        private int threads = Runtime.getRuntime().availableProcessors();
        private PackagingInputs packaging = PackagingInputs.NONE;
        private ResultCache cache;
        private Severity threshold = Severity.WARNING;
        private int maxAllowedViolations;
        private final List<ReportOutput> reports = new ArrayList<>();
        private boolean color;
        private String docsBaseUrl = ReportSettings.DEFAULT_DOCS_BASE_URL;
        private Path stepSummary;
        private String category;

        private Builder(Path workingDirectory) {
            this.workingDirectory = Objects.requireNonNull(workingDirectory, "workingDirectory")
                    .toAbsolutePath().normalize();
        }

        /** A project to lint; several are linted one after the other and reported together. */
        public Builder project(ProjectRun project) {
            projects.add(project);
            return this;
        }

        public Builder onlyRules(Set<String> ids) {
            ids.forEach(id -> onlyRules.add(id.trim()));
            return this;
        }

        public Builder disabledRules(Set<String> ids) {
            ids.forEach(id -> disabledRules.add(id.trim()));
            return this;
        }

        public Builder severities(Map<String, Severity> byRule) {
            severities.putAll(byRule);
            return this;
        }

        public Builder ruleOptions(Map<String, RuleOptions> byRule) {
            ruleOptions.putAll(byRule);
            return this;
        }

        /** Include globs, added to the configuration file's. */
        public Builder includes(List<String> globs) {
            includes.addAll(globs);
            return this;
        }

        /** Exclude globs, added to the configuration file's. */
        public Builder excludes(List<String> globs) {
            excludes.addAll(globs);
            return this;
        }

        /** The encoding of the Java sources (the CLI's {@code --encoding}, the plugin's {@code encoding}); {@code null}: UTF-8. */
        public Builder encoding(SourceEncoding charsets) {
            encoding = charsets == null ? SourceEncoding.UTF_8 : charsets;
            return this;
        }

        /** Whether test sources are linted when the configuration file does not say (its {@code includeTests} wins). */
        public Builder includeTests(boolean include) {
            includeTests = include;
            return this;
        }

        public Builder configFile(Path file) {
            configFile = file;
            return this;
        }

        public Builder baselineFile(Path file) {
            baselineFile = file;
            return this;
        }

        /** Record every finding in this baseline file instead of judging them. */
        public Builder writeBaseline(Path file) {
            writeBaseline = file;
            return this;
        }

        public Builder asOf(LocalDate date) {
            asOf = Objects.requireNonNull(date, "asOf");
            return this;
        }

        public Builder threads(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("threads must be at least 1, was " + count);
            }
            threads = count;
            return this;
        }

        public Builder packaging(PackagingInputs inputs) {
            packaging = inputs == null ? PackagingInputs.NONE : inputs;
            return this;
        }

        /** Where results are cached; {@code null}: no cache. */
        public Builder cache(ResultCache resultCache) {
            cache = resultCache;
            return this;
        }

        public Builder threshold(Severity severity) {
            threshold = Objects.requireNonNull(severity, "threshold");
            return this;
        }

        public Builder maxAllowedViolations(int count) {
            if (count < 0) {
                throw new IllegalArgumentException("maxAllowedViolations must be 0 or more, was " + count);
            }
            maxAllowedViolations = count;
            return this;
        }

        public Builder report(ReportOutput output) {
            reports.add(output);
            return this;
        }

        /** Whether text reports use ANSI colours. */
        public Builder color(boolean enabled) {
            color = enabled;
            return this;
        }

        /** Base URL of the rule pages linked from reports; empty: no links. */
        public Builder docsBaseUrl(String url) {
            docsBaseUrl = Objects.requireNonNull(url, "docsBaseUrl").trim();
            return this;
        }

        public Builder stepSummary(Path file) {
            stepSummary = file;
            return this;
        }

        /** The code scanning category of SARIF reports; {@code null}: named after the analysed paths. */
        public Builder category(String name) {
            category = name == null ? null : AnalysisCategory.chosen(name);
            return this;
        }

        public SessionRequest build() {
            if (projects.isEmpty()) {
                projects.add(ProjectRun.whole(workingDirectory));
            }
            return new SessionRequest(this);
        }
    }
}
