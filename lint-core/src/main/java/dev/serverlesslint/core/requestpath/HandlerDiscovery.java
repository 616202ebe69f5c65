package dev.serverlesslint.core.requestpath;

import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.serverlesslint.core.java.HandlerInterfaces;
import dev.serverlesslint.core.java.JavaSource;
import dev.serverlesslint.core.java.ProjectTypes;
import dev.serverlesslint.core.requestpath.ConfiguredHandlers.ConfiguredMethod;

import dev.serverlesslint.core.finding.RelatedLocation;
import dev.serverlesslint.core.finding.SourcePosition;
import dev.serverlesslint.core.java.ProjectTypes.MethodSummary;
import dev.serverlesslint.core.java.ProjectTypes.TypeSummary;
import dev.serverlesslint.core.java.NodeKey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds handler classes and their handler methods: classes implementing the Lambda runtime's
 * {@code RequestHandler} or {@code RequestStreamHandler} directly or through project base classes
 * and interfaces (generic or not), subclasses of framework handler bases that delegate to a known
 * method (Micronaut's {@code execute}, the durable execution SDK's {@code DurableHandler.handleRequest}), any
 * class and method that a function's configuration names as its handler, and Spring Cloud Function beans
 * ({@link SpringCloudFunctions}). An inherited handler method (declared in an abstract base class) counts.
 */
public final class HandlerDiscovery {

    /** The method the runtime's {@code handleRequest} takes: 2 parameters (POJO) or 3 (streams). */
    private static final Set<Integer> HANDLE_REQUEST_ARITIES = Set.of(2, 3);
    /** Framework base classes (not in the project) whose handleRequest calls a subclass method. */
    private static final Map<String, String> FRAMEWORK_BASES = Map.of(
            "MicronautRequestHandler", "execute",
            // the durable execution SDK's base implements RequestStreamHandler and calls handleRequest(I, DurableContext)
            DurableOperations.HANDLER_BASE, HandlerInterfaces.METHOD);

    /** Simple names of the supertypes that make a class a handler by themselves (no configuration needed). */
    static final Set<String> ENTRY_SUPERTYPES = java.util.stream.Stream.concat(HandlerInterfaces.NAMES.stream(),
            FRAMEWORK_BASES.keySet().stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private final ProjectTypes types;
    private final ConfiguredHandlers configured;
    private final Map<NodeKey, Boolean> handlerInterfaceMemo = new HashMap<>();

    public HandlerDiscovery(ProjectTypes types, ConfiguredHandlers configured) {
        this.types = types;
        this.configured = configured;
    }

    /**
     * The result, by {@link NodeKey} (the trees may be dropped once it is found): entry methods in source
     * order, the function objects returned by Spring Cloud Function {@code @Bean} methods (their bodies run
     * per request), the types whose instances serve invocations, the handler classes each entry method is
     * the entry of (several when inherited from a common base), the entry methods of durable handlers (a
     * {@code DurableHandler} subclass, or named by a function with {@code DurableConfig}) and those named by
     * a function on Lambda Managed Instances; and where each entry method is declared, for call chains.
     */
    public record Handlers(List<NodeKey> methods, List<NodeKey> lambdas, Set<NodeKey> handlerTypes,
                           Map<NodeKey, List<NodeKey>> handlerClasses,
                           Set<NodeKey> durable, Set<NodeKey> concurrent, Map<NodeKey, RelatedLocation> steps) {
    }

    public Handlers discover() {
        Set<NodeKey> methods = new HashSet<>();
        List<NodeKey> ordered = new ArrayList<>();
        Set<NodeKey> handlerTypes = new HashSet<>();
        Map<NodeKey, List<NodeKey>> handlerClasses = new HashMap<>();
        Set<NodeKey> durable = new HashSet<>();
        Set<NodeKey> concurrent = new HashSet<>();
        Map<NodeKey, RelatedLocation> steps = new HashMap<>();
        // from the index's summaries of the types: no tree is parsed for this
        for (NodeKey typeKey : types.typeKeys()) {
            TypeSummary type = types.summary(typeKey);
            if (!type.isClass() && !type.isEnum()) {
                continue;
            }
            List<Entry> entries = entriesOf(typeKey);
            if (entries.isEmpty()) {
                continue;
            }
            boolean found = false;
            for (Entry entry : entries) {
                for (DeclaredMethod declared : findWithBody(typeKey, entry)) {
                    found = true;
                    MethodSummary method = declared.method();
                    NodeKey methodKey = method.key();
                    if (methods.add(methodKey)) {
                        ordered.add(methodKey);
                        steps.put(methodKey, new RelatedLocation(methodKey.path(),
                                new SourcePosition(method.nameLine(), method.nameColumn()),
                                declared.owner().name() + "." + method.name()));
                    }
                    List<NodeKey> classes = handlerClasses.computeIfAbsent(methodKey, m -> new ArrayList<>());
                    if (!classes.contains(typeKey)) {
                        classes.add(typeKey);
                    }
                    List<ConfiguredMethod> naming = configured.naming(typeKey).stream()
                            .filter(named -> named.name().equals(method.name()))
                            .toList();
                    if (isDurable(typeKey) || naming.stream().anyMatch(ConfiguredMethod::durable)) {
                        durable.add(methodKey);
                    }
                    if (naming.stream().anyMatch(ConfiguredMethod::concurrent)) {
                        concurrent.add(methodKey);
                    }
                }
            }
            if (found || implementsHandlerInterface(typeKey)) {
                handlerTypes.addAll(types.selfAndSupertypes(typeKey));
            }
        }
        List<NodeKey> lambdas = new ArrayList<>();
        // not in one hold: it looks at every type, and a hold would keep every tree
        SpringCloudFunctions.Found functionBeans = new SpringCloudFunctions(types, configured.spring()).discover();
        for (MethodDeclaration method : functionBeans.methods()) {
            NodeKey methodKey = types.keyOf(method).orElseThrow();
            if (methods.add(methodKey)) {
                ordered.add(methodKey);
                steps.put(methodKey, RequestPathGraph.step(types, method));
            }
        }
        functionBeans.lambdas().forEach(lambda -> lambdas.add(types.keyOf(lambda).orElseThrow()));
        functionBeans.beanTypes().forEach(type -> types.selfAndSupertypes(type)
                .forEach(t -> types.typeKey(t).ifPresent(handlerTypes::add)));
        return new Handlers(ordered, lambdas, handlerTypes, handlerClasses, durable, concurrent, steps);
    }

    private record Entry(String name, Set<Integer> arities) {
        boolean accepts(MethodSummary method) {
            return arities.isEmpty() || arities.contains(method.parameters());
        }
    }

    /** A method and the type that declares it (the handler class or one of its superclasses). */
    private record DeclaredMethod(MethodSummary method, TypeSummary owner) {
    }

    private List<Entry> entriesOf(NodeKey type) {
        List<Entry> entries = new ArrayList<>();
        if (implementsHandlerInterface(type)) {
            entries.add(new Entry(HandlerInterfaces.METHOD, HANDLE_REQUEST_ARITIES));
        }
        frameworkMethod(type).ifPresent(name -> entries.add(new Entry(name, Set.of())));
        Set<String> configuredMethods = new LinkedHashSet<>();
        for (ConfiguredMethod named : configured.naming(type)) {
            configuredMethods.add(named.name());
        }
        configuredMethods.forEach(name -> entries.add(new Entry(name, Set.of())));
        return entries;
    }

    /** Methods of the entry declared in the type, else inherited from the nearest project superclass. */
    private List<DeclaredMethod> findWithBody(NodeKey type, Entry entry) {
        Optional<NodeKey> current = Optional.of(type);
        int guard = 0;
        while (current.isPresent() && guard++ < 32) {
            TypeSummary summary = types.summary(current.get());
            List<DeclaredMethod> found = new ArrayList<>();
            for (MethodSummary method : summary.methods()) {
                if (method.name().equals(entry.name()) && method.hasBody() && entry.accepts(method)) {
                    found.add(new DeclaredMethod(method, summary));
                }
            }
            if (!found.isEmpty()) {
                return found;
            }
            current = types.superclass(current.get());
        }
        return List.of();
    }

    /** Implements RequestHandler / RequestStreamHandler itself or through project supertypes. */
    private boolean implementsHandlerInterface(NodeKey type) {
        Boolean known = handlerInterfaceMemo.get(type);
        if (known != null) {
            return known;
        }
        boolean result = false;
        for (NodeKey candidate : types.selfAndSupertypes(type)) {
            for (String declared : types.summary(candidate).declaredSupertypes()) {
                if (HandlerInterfaces.isHandlerInterface(declared)) {
                    result = true;
                }
            }
        }
        handlerInterfaceMemo.put(type, result);
        return result;
    }

    /** Extends the durable execution SDK's {@code DurableHandler}, itself or through project superclasses. */
    boolean isDurable(NodeKey type) {
        return types.selfAndSupertypes(type).stream().anyMatch(candidate -> types.summary(candidate)
                .declaredSupertypes().stream().anyMatch(DurableOperations::namesHandlerBase));
    }

    private Optional<String> frameworkMethod(NodeKey type) {
        for (NodeKey candidate : types.selfAndSupertypes(type)) {
            for (String declared : types.summary(candidate).declaredSupertypes()) {
                String method = FRAMEWORK_BASES.get(simpleName(declared));
                if (method != null) {
                    return Optional.of(method);
                }
            }
        }
        return Optional.empty();
    }

    /** {@code RequestHandler} of {@code com.amazonaws.services.lambda.runtime.RequestHandler}. */
    static String simpleName(String nameAsWritten) {
        return nameAsWritten.substring(nameAsWritten.lastIndexOf('.') + 1);
    }

    /** The handler methods declared in one file (kept for callers that work file by file). */
    public static List<MethodDeclaration> handlerMethods(JavaSource source, RequestPaths requestPaths) {
        return requestPaths.handlerMethodsIn(source.unit());
    }

    /** {@code OrderHandler.handleRequest}, or {@code new OrderRepository} for constructors, for messages. */
    public static String describe(CallableDeclaration<?> callable) {
        String owner = ownerName(callable);
        return callable instanceof ConstructorDeclaration ? "new " + owner : owner + "." + callable.getNameAsString();
    }

    static String ownerName(com.github.javaparser.ast.Node node) {
        return ProjectTypes.enclosingType(node).map(TypeDeclaration::getNameAsString).orElse("?");
    }
}
