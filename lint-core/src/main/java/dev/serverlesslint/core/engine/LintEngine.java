package dev.serverlesslint.core.engine;

import dev.serverlesslint.core.ToolVersion;
import dev.serverlesslint.core.baseline.Baseline;
import dev.serverlesslint.core.baseline.Fingerprint;
import dev.serverlesslint.core.config.ConfigDocument;
import dev.serverlesslint.core.finding.Finding;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.input.Input;
import dev.serverlesslint.core.input.InputKind;
import dev.serverlesslint.core.input.InputLog;
import dev.serverlesslint.core.java.JavaOutline;
import dev.serverlesslint.core.java.JavaSource;
import dev.serverlesslint.core.java.JavaSourceParser;
import dev.serverlesslint.core.java.ProjectTypes;
import dev.serverlesslint.core.location.FileRegions;
import dev.serverlesslint.core.location.JavaRegions;
import dev.serverlesslint.core.location.ProjectSources;
import dev.serverlesslint.core.model.DeployedCode;
import dev.serverlesslint.core.model.HandlerReference;
import dev.serverlesslint.core.model.ProjectModel;
import dev.serverlesslint.core.packaging.PackagingScanner;
import dev.serverlesslint.core.packaging.ProjectPackaging;
import dev.serverlesslint.core.finding.ConfigurationProblem;
import dev.serverlesslint.core.requestpath.DeferredRequestPaths;
import dev.serverlesslint.core.requestpath.RequestPathFiles;
import dev.serverlesslint.core.rule.ConfigRule;
import dev.serverlesslint.core.rule.JavaRule;
import dev.serverlesslint.core.rule.ProjectRule;
import dev.serverlesslint.core.rule.Rule;
import dev.serverlesslint.core.rule.RuleMetadata;
import dev.serverlesslint.core.source.FileDiscovery;
import dev.serverlesslint.core.source.ParseFailure;
import dev.serverlesslint.core.source.ParseOutcome;
import dev.serverlesslint.core.source.SourceFile;
import dev.serverlesslint.core.source.SourceKind;
import dev.serverlesslint.core.suppression.FileSuppressions;
import dev.serverlesslint.core.suppression.SuppressionStage;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Runs a lint in stages, each parallel over files, with output in a deterministic order
 * (independent of the thread count):
 * <ol>
 * <li>configuration files are parsed and every Java file is outlined (a lexical scan, no parse);</li>
 * <li>from the outlines and the configured handlers, the files declaring handlers are chosen
 *     ({@link RequestPathFiles#handlerFiles}) and parsed; the project model and its request-path
 *     graph are built from them, and every other file a type lookup on the way needs is parsed on
 *     demand ({@link OnDemandJavaSources}); the model keeps what it needs of those files and as many of
 *     their trees as its budget allows, and parses a file again when it needs a dropped tree;</li>
 * <li>every file in the report scope is checked by every enabled rule: a file of the model with the
 *     model's tree, any other Java file from its own parse; then its tree is reduced to its
 *     suppressions and regions; with an earlier run's per-file state ({@link IncrementalState}), the
 *     checks of unchanged files are taken from it when no change can affect them, and so are the
 *     configuration files' and project rules' checks ({@link ModelState}); when every file of the model is
 *     among those unchanged files, stage 2 is left out: the model is the earlier run's, without its graph
 *     ({@link ProjectModel#withoutGraph}), and should a rule ask what only the graph knows, the run is
 *     made again with stage 2;</li>
 * <li>suppressions, baseline and report scope are applied.</li>
 * </ol>
 * So each Java file off the request paths is parsed once, and memory holds a bounded number of
 * request-path trees and one tree per worker, not the whole project.
 */
public final class LintEngine {

    /** Parser recursion on deeply nested input needs more stack than the default. */
    public static final long WORKER_STACK_BYTES = 64L * 1024 * 1024;

    private static final String DISCOVERED_FILES = "discovered files";
    private static final String DISCOVERED_BUILD_FILES = "discovered build files";
    /** Handler files parsed and given to the type index together (at least; more with many threads). */
    private static final int HANDLER_BATCH = 32;
    /** A file's outline before its shard is encoded: only compared, never stored. */
    private static final byte[] NOT_ENCODED = new byte[0];

    private final RuleSet ruleSet;

    public LintEngine(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
    }

    public RuleSet ruleSet() {
        return ruleSet;
    }

    public LintResult run(LintRequest request) {
        return run(request, InputLog.NONE);
    }

    /**
     * Runs the lint and records in {@code inputs} everything it read: the request's settings, the tool's
     * version, the files discovered, each file's bytes as read, and what the package-size rules measured.
     */
    public LintResult run(LintRequest request, InputLog inputs) {
        return run(request, inputs, null, null, null);
    }

    /**
     * {@link #run(LintRequest, InputLog)} that also reuses what checking a Java file gave in an earlier
     * run, for the files {@link IncrementalState#reusable} allows (none when {@code prior} is
     * {@code null}), and hands what this run leaves for the next one to {@code next} (when not
     * {@code null}). The result is the one a run without {@code prior} gives. It runs over the files
     * already found for this request ({@link #discover}; found again when {@code discovered} is
     * {@code null}), so a caller that needed them first (the result cache, to compare its record) does not
     * walk the project twice.
     */
    public LintResult run(LintRequest request, InputLog inputs, IncrementalState prior,
                          Consumer<IncrementalState> next, Discovered discovered) {
        if (inputs.isRecording()) {
            RequestSettings.of(request).forEach(inputs::setting);
            inputs.setting("tool.version", ToolVersion.get());
        }
        Discovered found = discovered != null ? discovered : discover(request);
        List<SourceFile> files = found.files;
        inputs.listing(DISCOVERED_FILES, files.stream().map(SourceFile::relativePath).toList());
        inputs.listing(DISCOVERED_BUILD_FILES,
                found.discovery.buildFiles().stream().map(SourceFile::relativePath).toList());
        ExecutorService workers = Executors.newFixedThreadPool(request.threads(), workerThreads());
        try {
            Stages deferring = new Stages(request, workers, inputs, prior, next, true);
            try {
                LintResult result = deferring.run(found.discovery, files);
                lastModelBuild = deferring.deferred != null ? ModelBuild.DEFERRED : ModelBuild.BUILT;
                lastHandlerFilesParsed = deferring.handlerFilesParsed;
                return result;
            } catch (RuntimeException e) {
                if (!deferring.graphNeeded()) {
                    throw e;
                }
            }
            // A question only the graph answers: lint again as without the deferral (what was read is read again).
            Stages building = new Stages(request, workers, inputs, prior, next, false);
            LintResult result = building.run(found.discovery, files);
            lastModelBuild = ModelBuild.BUILT_AFTER_DEFERRING;
            lastHandlerFilesParsed = building.handlerFilesParsed;
            return result;
        } finally {
            workers.shutdownNow();
        }
    }

    /** How a run got its request-path model. */
    public enum ModelBuild {
        /** Parsed the handler files and built the graph. */
        BUILT,
        /** Took the earlier run's model ({@link ProjectModel#withoutGraph}): no handler file parsed, no graph. */
        DEFERRED,
        /** Started without the graph, needed it, and linted again with it. */
        BUILT_AFTER_DEFERRING
    }

    private volatile ModelBuild lastModelBuild;
    private volatile int lastHandlerFilesParsed;

    /** How the last run that finished got its model (for tests and measurements; {@code null} before one). */
    public ModelBuild lastModelBuild() {
        return lastModelBuild;
    }

    /** How many handler files the last run that finished parsed to build its model. */
    public int lastHandlerFilesParsed() {
        return lastHandlerFilesParsed;
    }

    /** The files a request finds ({@link FileDiscovery}), found once for a run. */
    public static final class Discovered {
        private final FileDiscovery discovery;
        private final List<SourceFile> files;

        private Discovered(FileDiscovery discovery, List<SourceFile> files) {
            this.discovery = discovery;
            this.files = files;
        }
    }

    /** Finds the files of {@code request}, for {@link #requestInputs(LintRequest, Discovered)} and a run. */
    public static Discovered discover(LintRequest request) {
        FileDiscovery discovery = new FileDiscovery(request.root(), request.selection());
        return new Discovered(discovery, discovery.discover(request.targets()));
    }

    /**
     * Checks recorded inputs that only the engine can compute again (the settings and the discovered
     * files) against {@code expected}, the request's inputs computed once with {@link #requestInputs}; file
     * inputs are checked by {@link dev.serverlesslint.core.input.FileInputs}.
     *
     * @return whether each such input has the same value
     */
    public static boolean sameRequestInputs(List<Input> recorded, List<Input> expected) {
        List<Input> stored = recorded.stream()
                .filter(input -> input.kind() == InputKind.SETTING || input.kind() == InputKind.LISTING).toList();
        return expected.equals(stored);
    }

    /**
     * The inputs of a request that only the engine can compute again, sorted: its settings, the tool's
     * version and the listings of the files in {@code discovered} (none when {@code null}).
     */
    public static List<Input> requestInputs(LintRequest request, Discovered discovered) {
        InputLog now = new InputLog();
        RequestSettings.of(request).forEach(now::setting);
        now.setting("tool.version", ToolVersion.get());
        if (discovered != null) {
            now.listing(DISCOVERED_FILES, discovered.files.stream().map(SourceFile::relativePath).toList());
            now.listing(DISCOVERED_BUILD_FILES,
                    discovered.discovery.buildFiles().stream().map(SourceFile::relativePath).toList());
        }
        return now.inputs();
    }

    /** One run's stages and what they hand each other. */
    private final class Stages {

        private final LintRequest request;
        private final ExecutorService workers;
        private final SourceReader reader;
        private final List<ParseFailure> failures = new ArrayList<>();
        /** The model's files: checked from the model's tree (cached or parsed again), so its nodes have keys. */
        private final Set<String> modelled = new HashSet<>();
        private final Set<String> failedToParse = new HashSet<>();
        /** Every file chosen as a handler file, parsed or not. */
        private final Set<String> handlerPaths = new HashSet<>();
        private final InputLog inputs;
        private EarlyParses early = EarlyParses.NONE;
        private final IncrementalState prior;
        private final Consumer<IncrementalState> next;
        /** Java files whose check is taken from {@link #prior} instead of checking them. */
        private Set<String> reusable = Set.of();
        /** Whether this run may take the earlier run's model without its graph ({@link ProjectModel#withoutGraph}). */
        private final boolean mayDefer;
        /** The earlier run's model facts and configuration and project checks, when this run's model is the same. */
        private ModelState sameModel;
        /** The request paths of a model taken without its graph, or {@code null} when the graph is built. */
        private DeferredRequestPaths deferred;
        private int handlerFilesParsed;

        Stages(LintRequest request, ExecutorService workers, InputLog inputs, IncrementalState prior,
               Consumer<IncrementalState> next, boolean mayDefer) {
            this.request = request;
            this.workers = workers;
            this.inputs = inputs;
            this.prior = prior;
            this.next = next;
            this.mayDefer = mayDefer;
            this.reader = new SourceReader(request.maxFileBytes(), inputs, request.encoding());
        }

        LintResult run(FileDiscovery discovery, List<SourceFile> files) {
            failures.addAll(discovery.unreadable());
            List<SourceFile> javaFiles = files.stream().filter(f -> f.kind() == SourceKind.JAVA).toList();
            if (!request.reportScope().isAll()) {
                early = EarlyParses.start(workers, request.threads(), javaFiles.stream()
                        .filter(file -> request.reportScope().mayInclude(file.relativePath())).toList(), reader);
            }
            // the configuration files are parsed while the Java files are outlined
            List<Future<ParseOutcome<?>>> configParses = files.stream().filter(f -> f.kind() != SourceKind.JAVA)
                    .map(file -> workers.submit((Callable<ParseOutcome<?>>) () -> reader.read(file))).toList();
            boolean incremental = next != null;
            StampedOutlines outliner = new StampedOutlines(reader, inputs, prior);
            List<StampedOutlines.Outlined> outlined = runAll(workers, javaFiles.stream()
                    .<Callable<Optional<StampedOutlines.Outlined>>>map(file -> () -> outliner.outline(file, incremental))
                    .toList()).stream().flatMap(Optional::stream).toList();
            List<JavaOutline> outlines = outlined.stream().map(StampedOutlines.Outlined::outline).toList();
            List<ConfigDocument> configDocuments = configDocuments(results(configParses));
            Map<String, String> contents = new HashMap<>();
            Map<String, String> declarations = new HashMap<>();
            if (incremental) {
                digestOutlines(outlined, contents, declarations);
                Map<String, JavaOutline> byPath = new HashMap<>();
                outlines.forEach(outline -> byPath.put(outline.path(), outline));
                reusable = prior == null ? Set.of() : prior.reusable(contents, byPath);
            }
            List<ProjectRule> projectRules = enabledRules(request, ProjectRule.class);
            sameModel = sameModel(configDocuments, !projectRules.isEmpty());
            boolean withoutGraph = sameModel != null && mayDefer && everyModelFileReused();
            RequestPathFiles index = RequestPathFiles.index(outlines);
            OnDemandJavaSources loader = new OnDemandJavaSources(index, outlines, javaFiles, reader, early);
            ProjectTypes types = new ProjectTypes(List.of(), loader);
            List<String> modelStart = withoutGraph ? List.of()
                    : parseHandlerFiles(javaFiles, outlines, index, configDocuments, loader, types);
            ProjectPackaging packaging = projectRules.isEmpty()
                    ? new PackagingScanner(request.root(), inputs).modulesOnly(discovery.buildFiles())
                    : new PackagingScanner(request.root(), inputs).scan(request.packaging(),
                            DeployedCode.declaredIn(configDocuments),
                            discovery.buildFiles());
            // On a worker thread: building the request-path graph walks the trees, which may be very deep.
            ProjectModel model = runAll(workers, List.<Callable<ProjectModel>>of(() -> withoutGraph
                    ? ProjectModel.withoutGraph(types, new ProjectModel.Earlier(prior.modelFiles(),
                            sameModel.handlerFiles()), outlines, configDocuments, packaging, loader)
                    : new ProjectModel(types, modelStart, outlines, configDocuments, packaging, loader))).get(0);
            if (model.requestPaths() instanceof DeferredRequestPaths paths) {
                deferred = paths;
            }
            // The files the model was built from are checked from the model's trees; files parsed for lookups
            // later (a rule resolving a name in code off the request paths) are checked from their own parse.
            loader.modelBuilt();
            modelled.addAll(deferred != null ? sameModel.sourcePaths() : model.javaSourcePaths());
            SuppressionStage suppressions = new SuppressionStage(ruleSet::contains, request::isEnabled,
                    id -> ruleSet.metadata(id).orElseThrow(), meta -> severityOf(request, meta));

            List<Finding> findings = new ArrayList<>();
            List<InternalError> internalErrors = new ArrayList<>();
            List<FileSuppressions> javaSuppressions = new ArrayList<>();
            Map<String, FileRegions> javaRegions = new HashMap<>();
            Map<String, CheckedFile> stored = new HashMap<>();
            Map<String, CheckedFile> modelChecks = new HashMap<>();
            List<String> checkedTrees = new ArrayList<>();
            List<Callable<FileResult>> checks = checks(model, javaFiles, projectRules, suppressions, checkedTrees);
            for (FileResult result : runCachedFirst(workers, model.types(), checks, checkedTrees)) {
                if (result.modelCheck() != null) {
                    if (result.stored() != null) {
                        modelChecks.put(result.modelCheck(), result.stored());
                    }
                } else if (result.stored() != null) {
                    stored.put(result.path(), result.stored());
                }
                findings.addAll(result.checked().findings());
                internalErrors.addAll(result.checked().errors());
                if (result.failure() != null) {
                    failures.add(result.failure());
                }
                if (!result.suppressions().isEmpty()) {
                    javaSuppressions.add(result.suppressions());
                }
                if (result.regions() != null) {
                    javaRegions.put(result.path(), result.regions());
                }
            }
            findings.addAll(parseErrorFindings(request, failures));
            ProjectSources sources = new ProjectSources(model, modelled, modelTrees(model, javaFiles), files,
                    javaRegions, inputs, request.encoding());
            // On a worker thread too: regions of the kept trees are computed on demand, walking them.
            LintResult result = runAll(workers, List.<Callable<LintResult>>of(() -> afterRules(request, model, files,
                    sources, suppressions, javaSuppressions, findings, internalErrors))).get(0);
            if (graphNeeded()) {
                throw new DeferredRequestPaths.GraphNeeded(); // a rule failed with it: the results are not used
            }
            if (incremental) {
                next.accept(nextState(outlined, contents, declarations, stored, model, loader,
                        modelState(model, modelChecks)));
            }
            return result;
        }

        /**
         * The model's tree of a file of the model; in a run that took the model without its graph, which holds
         * only the files lookups needed, a parse of its own for the others (their regions are the same).
         */
        private Function<String, Optional<JavaSource>> modelTrees(ProjectModel model, List<SourceFile> javaFiles) {
            if (deferred == null) {
                return model.types()::source;
            }
            Map<String, SourceFile> byPath = new HashMap<>();
            javaFiles.forEach(file -> byPath.put(file.relativePath(), file));
            return path -> model.types().source(path).or(() -> Optional.ofNullable(byPath.get(path))
                    .map(this::read).map(ParseOutcome::value)
                    .filter(JavaSource.class::isInstance).map(JavaSource.class::cast));
        }

        /** Whether this run took the model without its graph and then needed the graph. */
        boolean graphNeeded() {
            return deferred != null && deferred.needed();
        }

        /**
         * The earlier run's {@link ModelState} when this run's model is the same as that run's (its Java checks
         * may be reused, so no change reaches the model) and it kept a check of every configuration file
         * and, when {@code projectRules}, of the project rules; otherwise {@code null}.
         */
        private ModelState sameModel(List<ConfigDocument> configDocuments, boolean projectRules) {
            if (reusable.isEmpty() || prior.model() == null || !request.reportScope().isAll()) {
                return null;
            }
            Map<String, CheckedFile> checks = prior.model().checks();
            boolean complete = configDocuments.stream().allMatch(document -> checks.containsKey(document.path()))
                    && (!projectRules || checks.containsKey(ModelState.PROJECT));
            return complete ? prior.model() : null;
        }

        /**
         * Whether no file of the earlier model is checked in this run: each is unchanged, with a check that
         * was made from the model's tree, which this run reuses. Then no check needs a tree of the model.
         */
        private boolean everyModelFileReused() {
            return sameModel.sourcePaths().stream().allMatch(path -> reusable.contains(path)
                    && prior.file(path).check().modelTree());
        }

        /**
         * What this run's model leaves for the next run ({@link ModelState}): the earlier run's when this run
         * took it without the graph; none when a handler file did not parse (a run without the graph would
         * not report it).
         */
        private ModelState modelState(ProjectModel model, Map<String, CheckedFile> modelChecks) {
            if (deferred != null) {
                return sameModel;
            }
            if (!failedToParse.isEmpty()) {
                return null;
            }
            return new ModelState(model.javaSourcePaths(), List.copyOf(model.requestPaths().handlerFiles()),
                    modelChecks);
        }

        /**
         * Each file's content digest, and its declarations': taken from {@link #prior} for a file whose
         * content is unchanged (an outline is a function of the content), computed for the others.
         */
        private void digestOutlines(List<StampedOutlines.Outlined> outlined, Map<String, String> contents,
                                    Map<String, String> declarations) {
            List<StampedOutlines.Outlined> toDigest = new ArrayList<>();
            for (StampedOutlines.Outlined file : outlined) {
                String path = file.outline().path();
                contents.put(path, file.contentDigest());
                IncrementalState.FileState before = prior == null ? null : prior.file(path);
                if (before != null && before.content().equals(file.contentDigest())) {
                    declarations.put(path, before.declarations());
                } else {
                    toDigest.add(file);
                }
            }
            List<String> digests = runAll(workers, toDigest.stream()
                    .<Callable<String>>map(file -> () -> IncrementalState.declarationDigest(file.outline())).toList());
            for (int i = 0; i < toDigest.size(); i++) {
                declarations.put(toDigest.get(i).outline().path(), digests.get(i));
            }
        }

        /**
         * What this run leaves for the next: every outlined file's digests and stored check, the files
         * the model parsed and the identifiers questions named, with those of the earlier runs whose
         * checks were reused (their questions were not asked again, but the reused checks depend on
         * the answers).
         */
        private IncrementalState nextState(List<StampedOutlines.Outlined> outlined, Map<String, String> contents,
                                           Map<String, String> declarations, Map<String, CheckedFile> stored,
                                           ProjectModel model, OnDemandJavaSources loader, ModelState modelState) {
            Set<String> modelFiles = new HashSet<>(handlerPaths);
            modelFiles.addAll(loader.attempted());
            ProjectModel.NamesAsked asked = model.namesAsked();
            Set<String> names = new HashSet<>(asked.names());
            Set<String> suffixes = new HashSet<>(asked.suffixes());
            if (!reusable.isEmpty()) {
                modelFiles.addAll(prior.modelFiles());
                names.addAll(prior.namesAsked());
                suffixes.addAll(prior.suffixesAsked());
            }
            ProjectModel.NamesAsked allAsked = new ProjectModel.NamesAsked(names, suffixes);
            // an unchanged file's names digest is the stored one when the questions are the same
            boolean sameQuestions = prior != null && allAsked.equals(prior.asked());
            List<StampedOutlines.Outlined> toDigest = new ArrayList<>();
            Map<String, String> namesDigests = new HashMap<>();
            for (StampedOutlines.Outlined file : outlined) {
                String path = file.outline().path();
                IncrementalState.FileState before = sameQuestions ? prior.file(path) : null;
                if (before != null && before.content().equals(contents.get(path))) {
                    namesDigests.put(path, before.names());
                } else {
                    toDigest.add(file);
                }
            }
            List<String> digested = runAll(workers, toDigest.stream().<Callable<String>>map(
                    file -> () -> IncrementalState.namesDigest(file.outline(), allAsked)).toList());
            for (int i = 0; i < toDigest.size(); i++) {
                namesDigests.put(toDigest.get(i).outline().path(), digested.get(i));
            }
            List<Map<String, IncrementalState.FileState>> states = new ArrayList<>();
            List<List<JavaOutline>> outlines = new ArrayList<>();
            for (int i = 0; i < IncrementalState.SHARDS; i++) {
                states.add(new HashMap<>());
                outlines.add(new ArrayList<>());
            }
            for (StampedOutlines.Outlined file : outlined) {
                String path = file.outline().path();
                int shard = IncrementalState.shardOf(path);
                states.get(shard).put(path, new IncrementalState.FileState(contents.get(path), file.stamp(),
                        declarations.get(path), namesDigests.get(path), NOT_ENCODED, stored.get(path)));
                outlines.get(shard).add(file.outline());
            }
            return shards(states, outlines, modelFiles, names, suffixes, modelState);
        }

        /**
         * The next state's shards: the earlier run's where nothing in them changed, the others encoded with
         * the earlier run's shared strings and a table of their own. When the shards' own strings outgrow
         * a quarter of the shared ones (strings of files since changed stay in the shared table), and in
         * a run without an earlier state, every shard is encoded again with one new shared table.
         */
        private IncrementalState shards(List<Map<String, IncrementalState.FileState>> states,
                                        List<List<JavaOutline>> outlines, Set<String> modelFiles, Set<String> names,
                                        Set<String> suffixes, ModelState modelState) {
            if (prior != null) {
                OutlineTable.Base base = null;
                List<IncrementalState.Shard> shards = new ArrayList<>();
                int ownStrings = 0;
                for (int i = 0; i < IncrementalState.SHARDS; i++) {
                    IncrementalState.Shard shard = IncrementalState.sameShard(prior, i, states.get(i));
                    if (shard == null) {
                        base = base != null ? base : new OutlineTable.Base(prior.strings());
                        OutlineTable own = new OutlineTable(base);
                        Map<String, IncrementalState.FileState> files = encoded(own, states.get(i), outlines.get(i));
                        shard = new IncrementalState.Shard(own.strings(), files);
                    }
                    shards.add(shard);
                    ownStrings += shard.strings().size();
                }
                if (ownStrings <= prior.strings().size() / 4) {
                    return new IncrementalState(prior.strings(), shards, modelFiles, names, suffixes, modelState);
                }
            }
            OutlineTable shared = new OutlineTable();
            List<IncrementalState.Shard> shards = new ArrayList<>();
            for (int i = 0; i < IncrementalState.SHARDS; i++) {
                shards.add(new IncrementalState.Shard(List.of(), encoded(shared, states.get(i), outlines.get(i))));
            }
            return new IncrementalState(shared.strings(), shards, modelFiles, names, suffixes, modelState);
        }

        /** The files' states with their outlines encoded with {@code table}. */
        private static Map<String, IncrementalState.FileState> encoded(OutlineTable table,
                                                                       Map<String, IncrementalState.FileState> states,
                                                                       List<JavaOutline> outlines) {
            Map<String, IncrementalState.FileState> encoded = new HashMap<>();
            for (JavaOutline outline : outlines) {
                IncrementalState.FileState file = states.get(outline.path());
                encoded.put(outline.path(), new IncrementalState.FileState(file.content(), file.stamp(),
                        file.declarations(), file.names(), table.encode(outline), file.check()));
            }
            return encoded;
        }

        private List<ConfigDocument> configDocuments(List<ParseOutcome<?>> outcomes) {
            List<ConfigDocument> documents = new ArrayList<>();
            for (ParseOutcome<?> outcome : outcomes) {
                if (outcome.failure() != null) {
                    failures.add(outcome.failure());
                } else if (outcome.value() instanceof ConfigDocument document) {
                    documents.add(document);
                }
            }
            return documents;
        }

        /**
         * Parses the files the model starts from (see {@link #handlerFiles}) and gives them to the type index,
         * a batch at a time: the index keeps what it needs of each and as many trees as its budget allows.
         * Returns their paths, in file order.
         */
        private List<String> parseHandlerFiles(List<SourceFile> javaFiles, List<JavaOutline> outlines,
                                               RequestPathFiles index, List<ConfigDocument> configDocuments,
                                               OnDemandJavaSources loader, ProjectTypes types) {
            Map<String, SourceFile> byPath = new HashMap<>();
            javaFiles.forEach(file -> byPath.put(file.relativePath(), file));
            List<Integer> indexes = handlerFiles(request, outlines, index, configDocuments).stream().boxed().toList();
            indexes.forEach(i -> handlerPaths.add(outlines.get(i).path()));
            handlerFilesParsed = indexes.size();
            List<String> paths = new ArrayList<>();
            int batch = Math.max(HANDLER_BATCH, request.threads() * 8);
            for (int from = 0; from < indexes.size(); from += batch) {
                List<Integer> some = indexes.subList(from, Math.min(indexes.size(), from + batch));
                // each tree drops its tokens on the worker that parsed it, before the next parse
                List<ParseOutcome<?>> outcomes = runAll(workers, some.stream()
                        .map(i -> byPath.get(outlines.get(i).path()))
                        .<Callable<ParseOutcome<?>>>map(file -> () -> withoutTokens(read(file))).toList());
                List<JavaSource> sources = new ArrayList<>();
                for (int i = 0; i < some.size(); i++) {
                    loader.given(some.get(i));
                    ParseOutcome<?> outcome = outcomes.get(i);
                    if (outcome.failure() != null) {
                        failures.add(outcome.failure());
                        failedToParse.add(outcome.failure().file().relativePath());
                    } else if (outcome.value() instanceof JavaSource java) {
                        sources.add(java);
                        paths.add(java.path());
                    }
                }
                // on a worker: registering walks the trees' member types, which may be deeply nested
                runAll(workers, List.<Callable<Void>>of(() -> {
                    types.add(sources);
                    return null;
                }));
            }
            return paths;
        }

        private static ParseOutcome<?> withoutTokens(ParseOutcome<?> outcome) {
            if (outcome.value() instanceof JavaSource java) {
                JavaSourceParser.dropTokens(java.unit());
            }
            return outcome;
        }

        /** A Java file read and parsed, or the outcome of its early parse. */
        private ParseOutcome<?> read(SourceFile file) {
            return early.has(file.relativePath()) ? early.outcome(file.relativePath()) : reader.read(file);
        }

        /** One check per file the report scope may include, in file order, and one for the project rules. */
        private List<Callable<FileResult>> checks(ProjectModel model, List<SourceFile> javaFiles,
                                                  List<ProjectRule> projectRules, SuppressionStage suppressions,
                                                  List<String> modelTrees) {
            List<JavaRule> javaRules = enabledRules(request, JavaRule.class);
            List<ConfigRule> configRules = enabledRules(request, ConfigRule.class);
            List<Callable<FileResult>> checks = new ArrayList<>();
            for (SourceFile file : javaFiles) {
                String path = file.relativePath();
                if (!request.reportScope().mayInclude(path) || failedToParse.contains(path)) {
                    continue;
                }
                boolean modelFile = modelled.contains(path);
                CheckedFile before = reusable.contains(path) ? prior.file(path).check() : null;
                // the model is the same as when it was stored, so is whether the file is the model's; checked anyway
                if (before != null && before.modelTree() == modelFile) {
                    checks.add(() -> FileResult.reused(path, before));
                    modelTrees.add(null);
                } else {
                    checks.add(() -> checkJava(model, file, modelFile, javaRules, suppressions));
                    modelTrees.add(modelFile ? path : null);
                }
            }
            // every check holds on to the model's trees it looks at (see ProjectTypes#hold)
            for (ConfigDocument document : model.configDocuments()) {
                if (request.reportScope().mayInclude(document.path())) {
                    checks.add(modelCheck(document.path(), () -> {
                        try (ProjectTypes.Hold hold = model.types().hold()) {
                            return check(request, model, document.path(), configRules,
                                    (rule, ctx) -> rule.check(document, ctx));
                        }
                    }));
                }
            }
            while (modelTrees.size() < checks.size()) {
                modelTrees.add(null);
            }
            if (!projectRules.isEmpty()) {
                modelTrees.add(null);
                checks.add(modelCheck(ModelState.PROJECT, () -> {
                    try (ProjectTypes.Hold hold = model.types().hold()) {
                        return check(request, model, "", projectRules, (rule, ctx) -> rule.check(model, ctx));
                    }
                }));
            }
            return checks;
        }

        /**
         * A configuration file's check, or the project rules' ({@code key}): the earlier run's when this run's
         * model is the same ({@link #sameModel}), else made now.
         */
        private Callable<FileResult> modelCheck(String key, Callable<Checked> check) {
            CheckedFile before = sameModel == null ? null : sameModel.checks().get(key);
            if (before != null) {
                return () -> FileResult.ofModel(key, new Checked(before.findings(), List.of()));
            }
            return () -> FileResult.ofModel(key, check.call());
        }

        /**
         * Checks one Java file: a file of the model with the model's tree of it (so the request-path graph and
         * type lookups know its nodes), any other file from its own parse. What the stages after the rules
         * need from its tree (suppressions, and regions where something may be reported) is taken before
         * the tree is let go.
         */
        private FileResult checkJava(ProjectModel model, SourceFile file, boolean modelFile,
                                     List<JavaRule> rules, SuppressionStage suppressionStage) {
            JavaSource source = modelFile ? model.types().source(file.relativePath()).orElse(null) : null;
            if (source == null) {
                ParseOutcome<?> outcome = read(file);
                if (!(outcome.value() instanceof JavaSource parsed)) {
                    return new FileResult(file.relativePath(), Checked.NOTHING, outcome.failure(),
                            FileSuppressions.NONE, null, null);
                }
                source = parsed;
            }
            try (ProjectTypes.Hold hold = model.types().hold(source)) {
                JavaSource checkedSource = source;
                Checked checked = check(request, model, source.path(), rules,
                        (rule, ctx) -> rule.check(checkedSource, ctx));
                checked = new Checked(RequestPathLinks.attach(checked.findings(), source, model.requestPaths()),
                        checked.errors());
                FileSuppressions suppressions = suppressionStage.read(source,
                        () -> ProjectSources.linesOf(file, inputs, request.encoding()));
                boolean reportsHere = !checked.findings().isEmpty() || !suppressions.isEmpty();
                FileRegions regions = reportsHere ? JavaRegions.of(source.unit()) : null;
                // a failed rule is retried in the next run
                CheckedFile stored = checked.errors().isEmpty()
                        ? new CheckedFile(checked.findings(), suppressions.suppressions(), suppressions.problems(),
                                regions == null ? null : regions.all(), modelFile)
                        : null;
                return new FileResult(source.path(), checked, null, suppressions, regions, stored);
            }
        }
    }

    /** The files the model starts from: every handler's, or those of the handlers the scope's files need. */
    private static BitSet handlerFiles(LintRequest request, List<JavaOutline> outlines, RequestPathFiles index,
                                       List<ConfigDocument> configDocuments) {
        List<String> handlerClasses = classNames(ProjectModel.handlerReferencesIn(configDocuments));
        ReportScope scope = request.reportScope();
        if (scope.isAll()) {
            return index.handlerFiles(handlerClasses);
        }
        BitSet checked = new BitSet(outlines.size());
        for (int i = 0; i < outlines.size(); i++) {
            if (scope.mayInclude(outlines.get(i).path())) {
                checked.set(i);
            }
        }
        List<String> checkedClasses = classNames(ProjectModel.handlerReferencesIn(configDocuments.stream()
                .filter(document -> scope.mayInclude(document.path())).toList()));
        return index.handlerFilesFor(handlerClasses, checked, checkedClasses);
    }

    private static List<String> classNames(List<HandlerReference> references) {
        return references.stream().map(HandlerReference::className).toList();
    }

    /**
     * One file's share of the results; the Java facts are kept only for Java files, and {@code stored}
     * (what the next run may reuse) only for Java files checked without errors.
     */
    private record FileResult(String path, Checked checked, ParseFailure failure, FileSuppressions suppressions,
                              FileRegions regions, CheckedFile stored, String modelCheck) {

        FileResult(String path, Checked checked, ParseFailure failure, FileSuppressions suppressions,
                   FileRegions regions, CheckedFile stored) {
            this(path, checked, failure, suppressions, regions, stored, null);
        }

        /**
         * A configuration file's check or the project rules' ({@code key}, see {@link ModelState#checks}), kept
         * for the next run when no rule failed.
         */
        static FileResult ofModel(String key, Checked checked) {
            CheckedFile stored = checked.errors().isEmpty()
                    ? new CheckedFile(checked.findings(), List.of(), List.of(), null, false) : null;
            return new FileResult("", checked, null, FileSuppressions.NONE, null, stored, key);
        }

        /** A Java file's check as an earlier run stored it. */
        static FileResult reused(String path, CheckedFile check) {
            return new FileResult(path, new Checked(check.findings(), List.of()), null,
                    FileSuppressions.of(check.suppressions(), check.problems()),
                    check.regions() == null ? null : new FileRegions(check.regions()), check);
        }
    }

    /**
     * The stages after the rules, in order: suppressions (SL001, SL002), fingerprints and the
     * baseline, the report scope, and the configuration problems, which are always reported.
     */
    private LintResult afterRules(LintRequest request, ProjectModel model, List<SourceFile> files,
                                  ProjectSources sources, SuppressionStage suppressions,
                                  List<FileSuppressions> javaSuppressions, List<Finding> ruleFindings,
                                  List<InternalError> internalErrors) {
        // Only checked files: the suppressions of the others would all look unused (SL002).
        List<ConfigDocument> checkedDocuments = model.configDocuments().stream()
                .filter(document -> request.reportScope().mayInclude(document.path())).toList();
        SuppressionStage.Outcome outcome = suppressions.apply(javaSuppressions, checkedDocuments, sources,
                ruleFindings);
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
        int checked = (int) files.stream().filter(f -> request.reportScope().mayInclude(f.relativePath())).count();
        return new LintResult(reported, checked, internalErrors, ruleSet, current, hidden, reportedFingerprints);
    }

    /** What the rules found in one file, and the rules that failed on it. */
    private record Checked(List<Finding> findings, List<InternalError> errors) {
        static final Checked NOTHING = new Checked(List.of(), List.of());
    }

    private <R extends Rule> Checked check(LintRequest request, ProjectModel model, String path, List<R> rules,
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
        return new Checked(findings, errors);
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

    /**
     * Runs the checks, first those of the files whose model tree the index has at hand ({@code modelTrees}: the
     * path of the model's tree a check reads, or null), so they are read before parsing other files pushes
     * those trees out; returns the results in check order, as {@link #runAll} does.
     */
    private static List<FileResult> runCachedFirst(ExecutorService workers, ProjectTypes types,
                                                   List<Callable<FileResult>> checks, List<String> modelTrees) {
        List<Integer> order = new ArrayList<>(checks.size());
        BitSet first = new BitSet(checks.size());
        for (int i = 0; i < checks.size(); i++) {
            if (modelTrees.get(i) != null && types.isCached(modelTrees.get(i))) {
                first.set(i);
                order.add(i);
            }
        }
        for (int i = 0; i < checks.size(); i++) {
            if (!first.get(i)) {
                order.add(i);
            }
        }
        List<FileResult> results = runAll(workers, order.stream().map(checks::get).toList());
        FileResult[] inCheckOrder = new FileResult[checks.size()];
        for (int i = 0; i < order.size(); i++) {
            inCheckOrder[order.get(i)] = results.get(i);
        }
        return List.of(inCheckOrder);
    }

    /** Runs the tasks and returns their results in task order, so output never depends on scheduling. */
    private static <T> List<T> runAll(ExecutorService workers, List<Callable<T>> tasks) {
        try {
            return results(workers.invokeAll(tasks));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("lint interrupted", e);
        }
    }

    /** The results of tasks already submitted, in task order, waiting for each. */
    private static <T> List<T> results(List<Future<T>> futures) {
        try {
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
