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

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
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
    private final Map<TypeDeclaration<?>, Boolean> handlerInterfaceMemo = new IdentityHashMap<>();

    public HandlerDiscovery(ProjectTypes types, ConfiguredHandlers configured) {
        this.types = types;
        this.configured = configured;
    }

    /**
     * The result: entry methods in source order, the function objects returned by Spring Cloud Function
     * {@code @Bean} methods (their bodies run per request), the types whose instances serve invocations,
     * the handler classes each entry method is the entry of (several when inherited from a common base),
     * the entry methods of durable handlers (a {@code DurableHandler} subclass, or named by a function
     * with {@code DurableConfig}) and those named by a function on Lambda Managed Instances.
     */
    public record Handlers(List<MethodDeclaration> methods, List<LambdaExpr> lambdas, Set<TypeDeclaration<?>> handlerTypes,
                           Map<MethodDeclaration, List<TypeDeclaration<?>>> handlerClasses,
                           Set<MethodDeclaration> durable, Set<MethodDeclaration> concurrent) {
    }

    public Handlers discover() {
        Set<MethodDeclaration> methods = Collections.newSetFromMap(new IdentityHashMap<>());
        List<MethodDeclaration> ordered = new ArrayList<>();
        Set<TypeDeclaration<?>> handlerTypes = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<MethodDeclaration, List<TypeDeclaration<?>>> handlerClasses = new IdentityHashMap<>();
        Set<MethodDeclaration> durable = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<MethodDeclaration> concurrent = Collections.newSetFromMap(new IdentityHashMap<>());
        for (TypeDeclaration<?> type : types.all()) {
            if (!isConcreteOrAbstractClass(type)) {
                continue;
            }
            List<Entry> entries = entriesOf(type);
            if (entries.isEmpty()) {
                continue;
            }
            boolean found = false;
            for (Entry entry : entries) {
                for (MethodDeclaration method : findWithBody(type, entry)) {
                    found = true;
                    if (methods.add(method)) {
                        ordered.add(method);
                    }
                    List<TypeDeclaration<?>> classes = handlerClasses.computeIfAbsent(method, m -> new ArrayList<>());
                    if (!classes.contains(type)) {
                        classes.add(type);
                    }
                    List<ConfiguredMethod> naming = configured.naming(type).stream()
                            .filter(named -> named.name().equals(method.getNameAsString()))
                            .toList();
                    if (isDurable(type) || naming.stream().anyMatch(ConfiguredMethod::durable)) {
                        durable.add(method);
                    }
                    if (naming.stream().anyMatch(ConfiguredMethod::concurrent)) {
                        concurrent.add(method);
                    }
                }
            }
            if (found || implementsHandlerInterface(type)) {
                handlerTypes.addAll(types.selfAndSupertypes(type));
            }
        }
        SpringCloudFunctions.Found functionBeans = new SpringCloudFunctions(types, configured.spring()).discover();
        for (MethodDeclaration method : functionBeans.methods()) {
            if (methods.add(method)) {
                ordered.add(method);
            }
        }
        functionBeans.beanTypes().forEach(type -> handlerTypes.addAll(types.selfAndSupertypes(type)));
        return new Handlers(ordered, functionBeans.lambdas(), handlerTypes, handlerClasses, durable, concurrent);
    }

    private record Entry(String name, Set<Integer> arities) {
        boolean accepts(CallableDeclaration<?> method) {
            return arities.isEmpty() || arities.contains(method.getParameters().size());
        }
    }

    private List<Entry> entriesOf(TypeDeclaration<?> type) {
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
    private List<MethodDeclaration> findWithBody(TypeDeclaration<?> type, Entry entry) {
        Optional<TypeDeclaration<?>> current = Optional.of(type);
        int guard = 0;
        while (current.isPresent() && guard++ < 32) {
            List<MethodDeclaration> found = new ArrayList<>();
            for (MethodDeclaration method : current.get().getMethodsByName(entry.name())) {
                if (method.getBody().isPresent() && entry.accepts(method)) {
                    found.add(method);
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
    private boolean implementsHandlerInterface(TypeDeclaration<?> type) {
        Boolean known = handlerInterfaceMemo.get(type);
        if (known != null) {
            return known;
        }
        boolean result = false;
        for (TypeDeclaration<?> candidate : types.selfAndSupertypes(type)) {
            for (ClassOrInterfaceType declared : ProjectTypes.declaredSupertypes(candidate)) {
                if (HandlerInterfaces.isHandlerInterface(declared)) {
                    result = true;
                }
            }
        }
        handlerInterfaceMemo.put(type, result);
        return result;
    }

    /** Extends the durable execution SDK's {@code DurableHandler}, itself or through project superclasses. */
    boolean isDurable(TypeDeclaration<?> type) {
        return types.selfAndSupertypes(type).stream().anyMatch(DurableOperations::extendsHandlerBase);
    }

    private Optional<String> frameworkMethod(TypeDeclaration<?> type) {
        for (TypeDeclaration<?> candidate : types.selfAndSupertypes(type)) {
            for (ClassOrInterfaceType declared : ProjectTypes.declaredSupertypes(candidate)) {
                String method = FRAMEWORK_BASES.get(declared.getNameAsString());
                if (method != null) {
                    return Optional.of(method);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isConcreteOrAbstractClass(TypeDeclaration<?> type) {
        return (type instanceof ClassOrInterfaceDeclaration declaration && !declaration.isInterface())
                || type instanceof EnumDeclaration;
    }

    /** The handler methods declared in one file (kept for callers that work file by file). */
    public static List<MethodDeclaration> handlerMethods(JavaSource source, RequestPaths requestPaths) {
        return requestPaths.handlerMethods().stream()
                .filter(method -> method.findCompilationUnit().filter(unit -> unit == source.unit()).isPresent())
                .toList();
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
