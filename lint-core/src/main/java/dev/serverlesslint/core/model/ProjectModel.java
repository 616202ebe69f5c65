package dev.serverlesslint.core.model;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.serverlesslint.core.config.ConfigDocument;
import dev.serverlesslint.core.java.JavaOutline;
import dev.serverlesslint.core.java.JavaSource;
import dev.serverlesslint.core.java.JavaSourceLoader;
import dev.serverlesslint.core.java.JavaSymbols;
import dev.serverlesslint.core.java.NodeKey;
import dev.serverlesslint.core.java.ProjectTypes;
import dev.serverlesslint.core.packaging.ProjectPackaging;
import dev.serverlesslint.core.requestpath.CallChain;
import dev.serverlesslint.core.requestpath.ConfiguredHandlers;
import dev.serverlesslint.core.requestpath.ConfiguredHandlers.ConfiguredMethod;
import dev.serverlesslint.core.requestpath.DeferredRequestPaths;
import dev.serverlesslint.core.requestpath.DurableOperations;
import dev.serverlesslint.core.requestpath.RequestPathGraph;
import dev.serverlesslint.core.requestpath.RequestPaths;
import dev.serverlesslint.core.requestpath.SpringFunctionDeployment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Everything known about the linted project: its configuration files, the Lambda functions they
 * declare, the outline of every Java file, and the parsed Java sources that can be on a request
 * path (handlers and what they reach; see {@link dev.serverlesslint.core.requestpath.RequestPathFiles}),
 * from which the request-path graph, name binding and type index are built. A Java file outside
 * that set is still checked by every rule, one file at a time: for its code the graph correctly
 * answers "not on a request path".
 */
public final class ProjectModel {

    private final List<String> javaSourcePaths;
    private final List<ConfigDocument> configDocuments;
    private final List<LambdaFunction> functions;
    private final List<HandlerReference> handlerReferences;
    private final ProjectTypes types;
    /** Handler references by the class they name, {@code com.x.Outer$Inner} as {@code com.x.Outer.Inner}. */
    private final Map<String, List<HandlerReference>> referencesByClassName = new HashMap<>();
    private final Map<ConfigDocument, List<LambdaFunction>> functionsByDocument = new IdentityHashMap<>();
    private final RequestPaths requestPaths;
    private final Map<ConfigDocument, EventSources> eventSourcesByDocument = new IdentityHashMap<>();
    private final JavaSymbols symbols;
    private final ProjectPackaging packaging;
    private final List<JavaOutline> javaOutlines;
    private final Set<String> namesAsked = ConcurrentHashMap.newKeySet();
    private final Set<String> suffixesAsked = ConcurrentHashMap.newKeySet();
    private final SpringFunctionDeployment springFunctions;
    private LambdaModules lambdaModules;

    /** A model of these sources and configuration files, every source parsed. */
    public ProjectModel(List<JavaSource> javaSources, List<ConfigDocument> configDocuments) {
        this(javaSources, configDocuments, ProjectPackaging.NONE);
    }

    /** A model that also knows what the project deploys (artifacts, dependencies), every source parsed. */
    public ProjectModel(List<JavaSource> javaSources, List<ConfigDocument> configDocuments,
                        ProjectPackaging packaging) {
        this(javaSources, javaSources.stream().map(JavaOutline::of).toList(), configDocuments, packaging,
                JavaSourceLoader.none(javaSources));
    }

    /**
     * The engine's model.
     *
     * @param handlerSources the parsed sources the request-path model starts from: the files that
     *                       declare handlers (or those of the handlers the checked files need)
     * @param javaOutlines   every Java file of the project, parsed or not
     * @param loader         parses the other files the model's lookups need, when they need them
     */
    public ProjectModel(List<JavaSource> handlerSources, List<JavaOutline> javaOutlines,
                        List<ConfigDocument> configDocuments, ProjectPackaging packaging, JavaSourceLoader loader) {
        this(new ProjectTypes(handlerSources, loader), handlerSources.stream().map(JavaSource::path).toList(),
                javaOutlines, configDocuments, packaging, loader);
    }

    /**
     * The engine's model, from a type index that already holds the handler files (given a few at a time,
     * so their trees need not all be in memory at once; see {@link ProjectTypes#add}).
     *
     * @param handlerPaths the files the index was given, which the request-path model starts from
     */
    public ProjectModel(ProjectTypes types, List<String> handlerPaths, List<JavaOutline> javaOutlines,
                        List<ConfigDocument> configDocuments, ProjectPackaging packaging, JavaSourceLoader loader) {
        this(types, handlerPaths, javaOutlines, configDocuments, packaging, loader, null);
    }

    /**
     * The engine's model when it is known to be the same as an earlier run's (see
     * {@link dev.serverlesslint.core.engine.IncrementalState}): no handler file is parsed and the request-path
     * graph is not built; what that run's model said about its files is taken instead, and a question
     * only the graph answers stops the run ({@link DeferredRequestPaths}).
     *
     * @param earlier the files the earlier run's model parsed and its handler files
     */
    public static ProjectModel withoutGraph(ProjectTypes types, Earlier earlier, List<JavaOutline> javaOutlines,
                                            List<ConfigDocument> configDocuments, ProjectPackaging packaging,
                                            JavaSourceLoader loader) {
        return new ProjectModel(types, List.of(), javaOutlines, configDocuments, packaging, loader, earlier);
    }

    /**
     * What an earlier run's model said that a model without its graph takes from it.
     *
     * @param modelFiles   the files that run's model parsed (at least); its graph has nodes in no other file
     * @param handlerFiles that model's {@link RequestPaths#handlerFiles()}, in order
     */
    public record Earlier(Set<String> modelFiles, List<String> handlerFiles) {
    }

    private ProjectModel(ProjectTypes types, List<String> handlerPaths, List<JavaOutline> javaOutlines,
                         List<ConfigDocument> configDocuments, ProjectPackaging packaging, JavaSourceLoader loader,
                         Earlier earlier) {
        this.javaOutlines = List.copyOf(javaOutlines);
        this.packaging = packaging == null ? ProjectPackaging.NONE : packaging;
        this.configDocuments = List.copyOf(configDocuments);
        this.types = types;
        types.linkAdded();
        List<LambdaFunction> allFunctions = new ArrayList<>();
        List<HandlerReference> references = new ArrayList<>();
        for (ConfigDocument document : this.configDocuments) {
            List<LambdaFunction> declared = FunctionReader.functionsOf(document);
            functionsByDocument.put(document, declared);
            eventSourcesByDocument.put(document, EventSources.of(document, declared));
            allFunctions.addAll(declared);
            for (HandlerReference reference : referencesOf(declared)) {
                references.add(reference);
                referencesByClassName.computeIfAbsent(reference.className().replace('$', '.'),
                        name -> new ArrayList<>()).add(reference);
            }
        }
        this.functions = List.copyOf(allFunctions);
        this.handlerReferences = List.copyOf(references);
        this.symbols = new JavaSymbols(types);
        this.springFunctions = SpringFunctionConfiguration.of(this.packaging, functions, handlerReferences);
        // The graph gets the methods the references name and how their functions run, not this model:
        // it is not fully built yet. Which functions those are stays here (functionsOf).
        if (earlier != null) {
            this.requestPaths = new DeferredRequestPaths(types, earlier.modelFiles(), earlier.handlerFiles());
            this.javaSourcePaths = List.of();
            return;
        }
        Map<String, List<HandlerReference>> byClassName = referencesByClassName;
        ProjectTypes resolver = types;
        this.requestPaths = new RequestPathGraph(types, symbols, new ConfiguredHandlers(
                type -> referencesNaming(type, byClassName, resolver).stream()
                        .map(reference -> new ConfiguredMethod(reference.methodName(),
                                reference.function().managedInstances().isPresent(),
                                reference.function().durableConfig().isPresent()))
                        .toList(),
                springFunctions));
        List<String> paths = new ArrayList<>(handlerPaths);
        paths.addAll(loader.loaded());
        paths.sort(Comparator.comparingInt(loader::order));
        this.javaSourcePaths = List.copyOf(paths);
    }

    /** The Java handlers that the functions of these configuration files name. */
    public static List<HandlerReference> handlerReferencesIn(List<ConfigDocument> configDocuments) {
        List<HandlerReference> references = new ArrayList<>();
        for (ConfigDocument document : configDocuments) {
            references.addAll(referencesOf(FunctionReader.functionsOf(document)));
        }
        return references;
    }

    /**
     * The handler strings of these functions that read as Java handlers, for functions whose code may be
     * built from the scanned sources ({@link FunctionCode}): the others are not linked to Java code.
     */
    private static List<HandlerReference> referencesOf(List<LambdaFunction> functions) {
        List<HandlerReference> references = new ArrayList<>();
        for (LambdaFunction function : functions) {
            if (FunctionCode.builtFromSources(function)) {
                function.handler().flatMap(h -> HandlerReference.parse(h, function)).ifPresent(references::add);
            }
        }
        return references;
    }

    /** The project's deployment artifacts and dependencies (empty when none are known). */
    public ProjectPackaging packaging() {
        return packaging;
    }

    /** How functions deploy Spring Cloud Function beans (the adapter, the bean names they select). */
    public SpringFunctionDeployment springFunctions() {
        return springFunctions;
    }

    /** Which modules, and so which Java files, are deployed to Lambda (see {@link LambdaModules}). */
    public synchronized LambdaModules lambdaModules() {
        if (lambdaModules == null) {
            lambdaModules = new LambdaModules(packaging, functionsByDocument,
                    new java.util.TreeSet<>(requestPaths.handlerFiles()));
        }
        return lambdaModules;
    }

    /** Which code runs per request, and how a handler reaches it. */
    public RequestPaths requestPaths() {
        return requestPaths;
    }

    /** Approximate name binding over the project's Java sources (fields, locals, project types). */
    public JavaSymbols symbols() {
        return symbols;
    }

    /**
     * The files the request-path model was built from, in file order: the handler files and those their
     * request paths needed (not every Java file: see {@link #javaOutlines}). Their trees come from
     * {@code types().source(path)}; the model keeps only some of them parsed at a time.
     */
    public List<String> javaSourcePaths() {
        if (requestPaths instanceof DeferredRequestPaths deferred) {
            // a model without its graph holds trees only of the files lookups needed: a rule walking the
            // model's files needs it built (the engine takes the list from the stored run)
            return deferred.graphNeeded();
        }
        return javaSourcePaths;
    }

    /** Every Java file of the project, by outline. */
    public List<JavaOutline> javaOutlines() {
        return javaOutlines;
    }

    /** The packages the project's Java files declare ({@code ""} for the default package). */
    public Set<String> javaPackages() {
        Set<String> packages = new HashSet<>();
        javaOutlines.forEach(outline -> packages.add(outline.packageName()));
        return packages;
    }

    /**
     * Whether any Java file of the project has an identifier in its code that ends with this suffix.
     * The identifiers of files are asked through this model (here and in {@link #names}), not read
     * from the outlines directly: the result cache reuses a file's checks after another file changed
     * its identifiers only when no answer about them can have changed ({@link #namesAsked}).
     */
    public boolean anyJavaNameEndingWith(String suffix) {
        suffixesAsked.add(suffix);
        return javaOutlines.stream().anyMatch(outline -> outline.names().stream().anyMatch(n -> n.endsWith(suffix)));
    }

    /** Whether the file's code has this identifier (see {@link #anyJavaNameEndingWith}). */
    public boolean names(JavaOutline outline, String name) {
        namesAsked.add(name);
        return outline.names().contains(name);
    }

    /** Whether the file's code has any of these identifiers (see {@link #anyJavaNameEndingWith}). */
    public boolean namesAny(JavaOutline outline, Collection<String> names) {
        namesAsked.addAll(names);
        return names.stream().anyMatch(outline.names()::contains);
    }

    /** The identifiers, and the suffixes of identifiers, asked about the Java files so far. */
    public NamesAsked namesAsked() {
        return new NamesAsked(Set.copyOf(namesAsked), Set.copyOf(suffixesAsked));
    }

    /** Identifiers and identifier suffixes that questions about the Java files' code named. */
    public record NamesAsked(Set<String> names, Set<String> suffixes) {

        public NamesAsked {
            names = Set.copyOf(names);
            suffixes = Set.copyOf(suffixes);
        }

        /** The identifiers of this set that a question named, sorted. */
        public List<String> of(Set<String> identifiers) {
            List<String> asked = new ArrayList<>();
            for (String identifier : identifiers) {
                if (names.contains(identifier) || suffixes.stream().anyMatch(identifier::endsWith)) {
                    asked.add(identifier);
                }
            }
            asked.sort(null);
            return asked;
        }
    }

    public List<ConfigDocument> configDocuments() {
        return configDocuments;
    }

    public List<LambdaFunction> functions() {
        return functions;
    }

    public List<LambdaFunction> functionsOf(ConfigDocument document) {
        return functionsByDocument.getOrDefault(document, List.of());
    }

    /** The event sources declared in a configuration file, with its resources and reference resolver. */
    public EventSources eventSources(ConfigDocument document) {
        EventSources sources = eventSourcesByDocument.get(document);
        return sources != null ? sources : EventSources.of(document, functionsOf(document));
    }

    /** The CloudFormation resources a configuration file declares (mapping or list form of serverless.yml {@code resources}). */
    public TemplateResources resources(ConfigDocument document) {
        return eventSources(document).resources();
    }

    /** What invokes a function, as far as its own file tells. */
    public List<EventSource> eventSourcesOf(LambdaFunction function) {
        return eventSources(function.document()).of(function);
    }

    /** Handler strings from configuration that read as Java handlers. */
    public List<HandlerReference> handlerReferences() {
        return handlerReferences;
    }

    /** Configuration handler references that name this type (none when no config is in scope). */
    public List<HandlerReference> handlerReferencesTo(TypeDeclaration<?> type) {
        return referencesNaming(type, referencesByClassName, types);
    }

    /**
     * The references whose class name is the type's own qualified name and resolves to it (of several
     * declarations of the name, the one nearest the configuration). By the name first: resolving
     * every reference would parse every handler class the configuration names, also in a run that
     * checks one file.
     */
    private static List<HandlerReference> referencesNaming(NodeKey type,
                                                           Map<String, List<HandlerReference>> byClassName,
                                                           ProjectTypes types) {
        List<HandlerReference> naming = new ArrayList<>();
        for (HandlerReference reference : byClassName.getOrDefault(types.summary(type).qualifiedName(), List.of())) {
            if (types.namedKey(reference.className(), reference.function().document().path())
                    .filter(type::equals).isPresent()) {
                naming.add(reference);
            }
        }
        return naming;
    }

    private static List<HandlerReference> referencesNaming(TypeDeclaration<?> type,
                                                           Map<String, List<HandlerReference>> byClassName,
                                                           ProjectTypes types) {
        List<HandlerReference> candidates = type.getFullyQualifiedName()
                .map(name -> byClassName.getOrDefault(name, List.of())).orElse(List.of());
        List<HandlerReference> naming = new ArrayList<>();
        for (HandlerReference reference : candidates) {
            if (handlerType(reference, types).filter(found -> types.same(found, type)).isPresent()) {
                naming.add(reference);
            }
        }
        return naming;
    }

    /**
     * The configured functions whose handler is this handler method (empty for handlers found by type
     * alone): those whose handler string names one of the classes the method is the entry of.
     */
    public List<LambdaFunction> functionsOf(MethodDeclaration handler) {
        Set<LambdaFunction> functions = new LinkedHashSet<>();
        for (TypeDeclaration<?> handlerClass : requestPaths.handlerClassesOf(handler)) {
            for (HandlerReference reference : handlerReferencesTo(handlerClass)) {
                if (reference.methodName().equals(handler.getNameAsString())) {
                    functions.add(reference.function());
                }
            }
        }
        return List.copyOf(functions);
    }

    /** The configured functions whose handler starts the chain. */
    public List<LambdaFunction> functionsServing(CallChain chain) {
        Set<LambdaFunction> functions = new LinkedHashSet<>();
        for (MethodDeclaration handler : requestPaths.handlersStarting(chain)) {
            functions.addAll(functionsOf(handler));
        }
        return List.copyOf(functions);
    }

    /** The project's one type resolver: declarations, hierarchy, names as written at a place in the code. */
    public ProjectTypes types() {
        return types;
    }

    /**
     * How Lambda runs the function: on Lambda Managed Instances (a capacity provider in its configuration,
     * own or from {@code Globals.Function}), as a durable function ({@code DurableConfig}, or a handler class
     * that extends the durable execution SDK's {@code DurableHandler}), both, or classic.
     */
    public ExecutionModel executionModel(LambdaFunction function) {
        boolean durable = function.durableConfig().isPresent() || handlerExtendsDurableHandler(function);
        return new ExecutionModel(function.managedInstances(), durable);
    }

    private boolean handlerExtendsDurableHandler(LambdaFunction function) {
        // from the type index's summaries: the handler class's file is not parsed again for this
        return function.handler().flatMap(h -> HandlerReference.parse(h, function))
                .flatMap(this::handlerTypeKey)
                .map(type -> types.selfAndSupertypes(type).stream()
                        .anyMatch(candidate -> types.summary(candidate).declaredSupertypes().stream()
                                .anyMatch(DurableOperations::namesHandlerBase)))
                .orElse(false);
    }

    /**
     * The class a handler string names, when it is in the parsed sources; of several declarations of the
     * name, the one nearest to the configuration file (see {@link ProjectTypes#named}).
     */
    public Optional<TypeDeclaration<?>> handlerType(HandlerReference reference) {
        return handlerType(reference, types);
    }

    /** {@link #handlerType} by its key in the type index, without parsing the class's file again. */
    public Optional<NodeKey> handlerTypeKey(HandlerReference reference) {
        return types.namedKey(reference.className(), reference.function().document().path());
    }

    private static Optional<TypeDeclaration<?>> handlerType(HandlerReference reference, ProjectTypes types) {
        return types.named(reference.className(), reference.function().document().path());
    }
}
