package dev.serverlesslint.cli;

import dev.serverlesslint.core.ToolVersion;
import dev.serverlesslint.core.engine.InternalError;
import dev.serverlesslint.core.engine.LintResult;
import dev.serverlesslint.core.engine.ReportScope;
import dev.serverlesslint.core.engine.RuleSet;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.packaging.PackagingInputs;
import dev.serverlesslint.core.report.AnalysisCategory;
import dev.serverlesslint.core.report.ReportFormat;
import dev.serverlesslint.core.report.ReportSettings;
import dev.serverlesslint.core.report.TerminalText;
import dev.serverlesslint.core.rule.RuleMetadata;
import dev.serverlesslint.core.session.LintSession;
import dev.serverlesslint.core.session.LintSessionException;
import dev.serverlesslint.core.session.ProjectRun;
import dev.serverlesslint.core.session.ReportOutput;
import dev.serverlesslint.core.session.SessionOutcome;
import dev.serverlesslint.core.session.SessionRequest;
import dev.serverlesslint.core.session.Verdict;
import dev.serverlesslint.core.source.SourceEncoding;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/** {@code serverless-lint [options] [PATH...]}: lints Lambda handler code and deployment configuration. */
public final class ServerlessLintCommand {

    static final int EXIT_CLEAN = Verdict.EXIT_CLEAN;
    static final int EXIT_FINDINGS = Verdict.EXIT_FINDINGS;
    static final int EXIT_ERROR = Verdict.EXIT_ERROR;

    private static final String DESCRIPTION = "Finds AWS Lambda anti-patterns in Java handler code and in "
            + "serverless.yml, AWS SAM and CloudFormation templates, as one model.";
    private static final String PATHS_HELP = "Files or directories to lint (default: the current directory).";
    private static final List<String> EXIT_CODES = List.of(
            "0   no findings at or above the severity threshold",
            "1   findings at or above the severity threshold",
            "2   usage, configuration or internal error");

    /** The options, in the order of the help. */
    static final List<CommandLineOption> OPTIONS = List.of(
            CommandLineOption.value("--format", "FORMAT",
                    "Output format: text, json, sarif, checkstyle, rdjson, github, gitlab or junit (default: text). "
                            + "github also appends a Markdown summary to $GITHUB_STEP_SUMMARY when it is set."),
            CommandLineOption.value("--output", "FILE", "Write the report to FILE instead of standard output."),
            CommandLineOption.value("--color", "WHEN",
                    "Colour the text report: auto (on a terminal, unless NO_COLOR is set), always or never "
                            + "(default: auto)."),
            CommandLineOption.value("--sarif-category", "NAME",
                    "Code scanning category of a SARIF report (automationDetails.id; default: serverless-lint "
                            + "and the linted paths relative to the git repository, e.g. serverless-lint/services/orders)."),
            CommandLineOption.value("--docs-base-url", "URL",
                    "Base URL of the rule pages linked from reports (default: the project's docs/rules/; "
                            + "empty: no links)."),
            CommandLineOption.value("--severity-threshold", "LEVEL",
                    "Lowest severity that makes the exit code 1: note, warning or error (default: warning)."),
            CommandLineOption.repeatable("--rule", "ID[,ID...]", "Run only these rules (repeatable, comma-separated)."),
            CommandLineOption.repeatable("--disable", "ID[,ID...]",
                    "Do not run these rules (repeatable, comma-separated)."),
            CommandLineOption.repeatable("--include", "GLOB",
                    "Lint only files matching GLOB (relative to the root; repeatable)."),
            CommandLineOption.repeatable("--exclude", "GLOB",
                    "Skip files matching GLOB (relative to the root; repeatable)."),
            CommandLineOption.flag("--include-tests",
                    "Also lint test sources (src/test/...); the configuration's includeTests, when set, wins."),
            CommandLineOption.value("--encoding", "CHARSET",
                    "Encoding of the Java sources, e.g. ISO-8859-1 (default: UTF-8); YAML and JSON are read as UTF-8."),
            CommandLineOption.value("--config", "FILE",
                    "Project configuration (default: .serverless-lint.yml in the project root, if present)."),
            CommandLineOption.value("--baseline", "FILE",
                    "Do not report the findings recorded in this baseline file (see --write-baseline)."),
            CommandLineOption.value("--write-baseline", "FILE",
                    "Record every current finding in FILE as accepted, and exit 0."),
            CommandLineOption.value("--diff-base", "REF",
                    "Report only findings on lines changed since this git ref (cross-file rules still see the whole project)."),
            CommandLineOption.value("--root", "DIR",
                    "Project root to analyse; with PATHs, only findings in them are reported (default for files: "
                            + "the nearest directory above them with pom.xml, serverless.yml, template.yaml or .git)."),
            CommandLineOption.repeatable("--artifact", "FILE",
                    "A built jar or zip to measure for the package-size rule SL207 (repeatable); files named by "
                            + "serverless.yml package.artifact or a SAM CodeUri under the root are measured anyway."),
            CommandLineOption.value("--as-of", "YYYY-MM-DD",
                    "Evaluate dated rules as of this date (default: today, in UTC)."),
            CommandLineOption.value("--threads", "N", "Worker threads (default: number of processors)."),
            CommandLineOption.flag("--list-rules", "List the rules and exit (with --format json: as JSON, for tools)."),
            CommandLineOption.flag("--debug", "Print stack traces of internal errors (for bug reports)."),
            CommandLineOption.value("--cache-dir", "DIR",
                    "Where results are cached so that an unchanged project is not linted again "
                            + "(default: $XDG_CACHE_HOME/serverless-lint or ~/.cache/serverless-lint)."),
            CommandLineOption.flag("--no-cache", "Lint everything, without reading or writing the cache."),
            CommandLineOption.flag("--help", "-h", "Show this help message and exit."),
            CommandLineOption.flag("--version", "-V", "Print version information and exit."));

    // The options' values: the defaults here, replaced by configure().
    private List<Path> paths = new ArrayList<>();
    private ReportFormat format = ReportFormat.TEXT;
    private Path output;
    private ColorMode color = ColorMode.AUTO;
    private String docsBaseUrl = ReportSettings.DEFAULT_DOCS_BASE_URL;
    private String sarifCategory;
    private Severity threshold = Severity.WARNING;
    private List<String> onlyRules = new ArrayList<>();
    private List<String> disabledRules = new ArrayList<>();
    private List<String> includes = new ArrayList<>();
    private List<String> excludes = new ArrayList<>();
    private Path config;
    private Path baseline;
    private Path writeBaseline;
    private String diffBase;
    private Path root;
    private List<Path> artifacts = new ArrayList<>();
    /** Today in UTC: the local date would load the time-zone database, ~20 ms of a 0.4 s pre-commit run. */
    private LocalDate asOf = LocalDate.now(ZoneOffset.UTC);
    private int threads = Runtime.getRuntime().availableProcessors();
    private boolean listRules;
    private boolean debug;
    private Path cacheDir;
    private boolean noCache;
    private boolean includeTests = SessionRequest.DEFAULT_INCLUDE_TESTS;
    private SourceEncoding encoding = SourceEncoding.UTF_8;

    private final CliEnvironment environment;

    /**
     * The rules on the class path, found by the first command of this JVM: the lint server runs many, and
     * finding them (the service file read from the jar, each rule created) gives the same set each time. A
     * rule set is immutable and rules are stateless ({@link dev.serverlesslint.core.rule.Rule}), so the
     * commands share it; it holds nothing of a project.
     */
    private static volatile RuleSet rules;

    ServerlessLintCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs the command with the given streams and returns the exit code (for tests and {@link #main}). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return execute(args, out, err, CliEnvironment.system());
    }

    /** Runs the command in the given environment (variables, terminal, working directory). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err, CliEnvironment environment) {
        ServerlessLintCommand command = new ServerlessLintCommand(environment);
        int code;
        try {
            ParsedArguments arguments = ParsedArguments.parse(args, OPTIONS);
            if (arguments.has("--help")) {
                UsageHelp.print(out, DESCRIPTION, PATHS_HELP, OPTIONS, EXIT_CODES);
                code = EXIT_CLEAN;
            } else if (arguments.has("--version")) {
                out.println(ToolVersion.NAME + " " + ToolVersion.get());
                code = EXIT_CLEAN;
            } else {
                command.configure(arguments);
                code = command.call(out, err);
            }
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println(UsageHelp.SYNOPSIS);
            err.println("Try 'serverless-lint --help' for the options.");
            code = EXIT_ERROR;
        } catch (Exception e) {
            err.println("serverless-lint: " + TerminalText.escape(String.valueOf(e.getMessage())));
            if (command.debug) {
                e.printStackTrace(err);
            }
            code = EXIT_ERROR;
        } catch (OutOfMemoryError e) {
            err.println("serverless-lint: out of memory; give the JVM a larger heap"
                    + " (SERVERLESS_LINT_JAVA_OPTS=-Xmx2g)");
            code = EXIT_ERROR;
        } catch (StackOverflowError e) {
            err.println("serverless-lint: stack overflow; give the JVM a larger stack (SERVERLESS_LINT_JAVA_OPTS=-Xss8m)");
            code = EXIT_ERROR;
        } catch (Error e) {
            err.println("serverless-lint: internal error: " + TerminalText.escape(String.valueOf(e)));
            code = EXIT_ERROR;
        }
        out.flush();
        if (out.checkError()) {
            // PrintWriter swallows write errors: a full disk or a closed pipe would otherwise pass unnoticed.
            err.println("serverless-lint: cannot write to standard output (disk full or pipe closed?);"
                    + " the report is incomplete");
            code = EXIT_ERROR;
        }
        err.flush();
        return code;
    }

    /** Takes the options' values; a value that does not convert is a {@link UsageException}. */
    private void configure(ParsedArguments arguments) {
        paths = new ArrayList<>(arguments.positionals().stream().map(p -> convert("PATH", p, Path::of)).toList());
        format = optional(arguments, "--format", ReportFormat::parse, format);
        output = optional(arguments, "--output", Path::of, null);
        color = optional(arguments, "--color", ColorMode::parse, color);
        docsBaseUrl = optional(arguments, "--docs-base-url", value -> value, docsBaseUrl);
        sarifCategory = optional(arguments, "--sarif-category", AnalysisCategory::chosen, null);
        threshold = optional(arguments, "--severity-threshold", Severity::parse, threshold);
        onlyRules = commaSeparated(arguments.all("--rule"));
        disabledRules = commaSeparated(arguments.all("--disable"));
        includes = new ArrayList<>(arguments.all("--include"));
        excludes = new ArrayList<>(arguments.all("--exclude"));
        config = optional(arguments, "--config", Path::of, null);
        baseline = optional(arguments, "--baseline", Path::of, null);
        writeBaseline = optional(arguments, "--write-baseline", Path::of, null);
        diffBase = arguments.value("--diff-base");
        root = optional(arguments, "--root", Path::of, null);
        artifacts = new ArrayList<>(arguments.all("--artifact").stream()
                .map(value -> convert("--artifact", value, Path::of)).toList());
        asOf = optional(arguments, "--as-of", LocalDate::parse, asOf);
        threads = optional(arguments, "--threads", ServerlessLintCommand::integer, threads);
        listRules = arguments.has("--list-rules");
        debug = arguments.has("--debug");
        cacheDir = optional(arguments, "--cache-dir", Path::of, null);
        noCache = arguments.has("--no-cache");
        includeTests = arguments.has("--include-tests");
        encoding = optional(arguments, "--encoding", SourceEncoding::named, encoding);
    }

    private static <T> T optional(ParsedArguments arguments, String option, Function<String, T> converter,
                                  T defaultValue) {
        String value = arguments.value(option);
        return value == null ? defaultValue : convert(option, value, converter);
    }

    private static <T> T convert(String option, String value, Function<String, T> converter) {
        try {
            return converter.apply(value);
        } catch (RuntimeException e) {
            throw new UsageException("Invalid value for " + (option.startsWith("-") ? "option '" + option + "'" : option)
                    + ": " + (e.getMessage() == null ? "'" + value + "'" : e.getMessage()));
        }
    }

    private static int integer(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + value + "' is not an int", e);
        }
    }

    private static List<String> commaSeparated(List<String> values) {
        List<String> ids = new ArrayList<>();
        for (String value : values) {
            ids.addAll(List.of(value.split(",")));
        }
        return ids;
    }

    private int call(PrintWriter out, PrintWriter err) throws IOException, LintSessionException {
        RuleSet ruleSet = ruleSet();
        if (listRules) {
            if (format == ReportFormat.JSON) {
                RuleList.writeJson(ruleSet, docsBaseUrl.trim(), out);
            } else {
                printRules(ruleSet, out);
            }
            return EXIT_CLEAN;
        }
        Set<String> unknown = new HashSet<>();
        for (String id : concat(onlyRules, disabledRules)) {
            if (!ruleSet.contains(id.trim())) {
                unknown.add(id.trim());
            }
        }
        if (!unknown.isEmpty()) {
            throw new UsageException("unknown rule ID(s) " + unknown.stream().sorted().toList() + "; see --list-rules");
        }
        Set<String> selected = new TreeSet<>(trimmedIds(onlyRules));
        if (!selected.isEmpty() && trimmedIds(disabledRules).containsAll(selected)) {
            throw new UsageException("--rule " + String.join(",", selected) + " and --disable leave no rule to run");
        }
        if (threads < 1) {
            throw new UsageException("--threads must be at least 1");
        }
        Path workingDirectory = environment.workingDirectory();
        for (Path artifact : artifacts) {
            if (!Files.isRegularFile(workingDirectory.resolve(artifact))) {
                throw new UsageException("--artifact " + artifact + " is not a file (build the package first)");
            }
        }

        if (!paths.isEmpty() && artifacts.isEmpty()
                && paths.stream().noneMatch(path -> Lintable.holdsAny(workingDirectory.resolve(path)))) {
            err.println("serverless-lint: nothing to lint in " + String.join(" ", paths.stream().map(Path::toString)
                    .toList()) + ": no Java, YAML, JSON, .template or pom.xml file there");
            return EXIT_ERROR;
        }
        SessionRequest request = sessionRequest(workingDirectory);
        LintSession session = new LintSession(ruleSet);
        LintSession.Analysis analysis;
        try (TerminalProgress progress = TerminalProgress.start(environment.terminal(), err)) {
            analysis = session.analyse(request);
        }
        SessionOutcome outcome = session.conclude(analysis, out);
        LintResult result = outcome.result();
        outcome.baseline().ifPresent(written -> err.println("serverless-lint: wrote " + written.findings()
                + " finding(s) to the baseline " + written.file()));
        if (output != null) {
            err.println(result.findings().size() + " finding(s) written to " + output);
        }
        // An unreadable or invalid baseline is SL001 and hid nothing: no count then.
        if (baseline != null && outcome.baseline().isEmpty()
                && outcome.verdict().kind() != Verdict.Kind.CONFIGURATION_ERROR) {
            err.println("serverless-lint: the baseline " + TerminalText.escape(baseline.toString()) + " hid "
                    + result.hiddenByBaseline() + " accepted finding(s)");
        }
        outcome.warnings().forEach(warning -> err.println("serverless-lint: " + TerminalText.escape(warning)));
        reportInternalErrors(result, err);
        if (outcome.verdict().kind() == Verdict.Kind.CONFIGURATION_ERROR) {
            err.println("serverless-lint: the configuration is invalid (SL001 above); fix it and run again");
        }
        return outcome.verdict().exitCode();
    }

    /** The options as a session request; what they do not set keeps the session's defaults. */
    private SessionRequest sessionRequest(Path workingDirectory) throws IOException {
        SessionRequest.Builder request = SessionRequest.in(workingDirectory)
                .onlyRules(Set.copyOf(onlyRules))
                .disabledRules(Set.copyOf(disabledRules))
                .includes(includes)
                .excludes(excludes)
                .includeTests(includeTests)
                .encoding(encoding)
                .configFile(config)
                .baselineFile(baseline)
                .writeBaseline(writeBaseline)
                .asOf(asOf)
                .threads(threads)
                .packaging(PackagingInputs.artifacts(artifacts.stream()
                        .map(a -> workingDirectory.resolve(a).toAbsolutePath().normalize()).toList()))
                .cache(noCache ? null : ResultCaches.forCli(environment, cacheDir).orElse(null))
                .threshold(threshold)
                .color(color.enabled(environment, output == null))
                .docsBaseUrl(docsBaseUrl)
                .category(sarifCategory)
                .report(output == null ? ReportOutput.console(format) : ReportOutput.file(format, output));
        if (format == ReportFormat.GITHUB && environment.variable("GITHUB_STEP_SUMMARY") != null) {
            request.stepSummary(Path.of(environment.variable("GITHUB_STEP_SUMMARY")));
        }
        for (LintRun run : LintRun.plan(workingDirectory, paths, root)) {
            ReportScope scope = run.scope();
            if (diffBase != null && writeBaseline == null) {
                scope = scope.and(GitChangedLines.since(run.root(), diffBase, environment.variables()));
            }
            request.project(new ProjectRun(run.root(), run.targets(), scope));
        }
        return request.build();
    }

    /** Rule failures: one line each (the run went on without that rule on that file); stack traces with --debug. */
    private void reportInternalErrors(LintResult result, PrintWriter err) {
        for (InternalError error : result.internalErrors()) {
            err.println("serverless-lint: internal error in rule " + error.ruleId() + " on "
                    + TerminalText.escape(error.path()) + ": " + TerminalText.escape(error.message()) + (debug ? "" : " (run with --debug for the stack trace)"));
            if (debug && error.cause() != null) {
                error.cause().printStackTrace(err);
            }
        }
    }

    private static RuleSet ruleSet() {
        RuleSet found = rules;
        if (found == null) {
            found = RuleSet.discover(ServerlessLintCommand.class.getClassLoader());
            rules = found;
        }
        return found;
    }

    private static void printRules(RuleSet ruleSet, PrintWriter out) {
        for (RuleMetadata rule : ruleSet.metadata()) {
            out.printf("%s  %-7s  %-40s  %s%n", rule.id(), rule.defaultSeverity().label(), rule.name(), rule.summary());
        }
    }

    private static Set<String> trimmedIds(List<String> ids) {
        Set<String> trimmed = new TreeSet<>();
        ids.forEach(id -> trimmed.add(id.trim()));
        return trimmed;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
