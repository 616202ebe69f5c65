package dev.serverlesslint.core.requestpath;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import dev.serverlesslint.core.finding.RelatedLocation;
import dev.serverlesslint.core.finding.SourcePosition;
import dev.serverlesslint.core.java.JavaSymbols;
import dev.serverlesslint.core.java.ProjectTypes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The request-path call graph of a project: a breadth-first walk from every handler method over
 * the {@link CallTargets call edges}, built once per run. Each reached method, constructor or
 * instance initialiser keeps the shortest chain from a handler (ties broken by handler order,
 * then by call order in the source), so messages are deterministic.
 *
 * <p>Besides the walk from every handler, three narrower walks answer questions about execution models:
 * from the handlers of functions on Lambda Managed Instances (code that runs concurrently), from durable
 * handlers without entering the functions passed to durable operations (code that runs again on every
 * replay), and from the functions passed to step-like durable operations (code that runs inside a step).
 * Each is one more linear walk, done only when such handlers exist.
 */
public final class RequestPathGraph implements RequestPaths {

    /** Guards against pathological projects; real request paths are far smaller. */
    private static final int MAX_REACHED = 200_000;

    private final List<MethodDeclaration> handlers;
    private final List<LambdaExpr> handlerLambdas;
    private final Set<TypeDeclaration<?>> handlerTypes;
    private final Map<MethodDeclaration, List<TypeDeclaration<?>>> handlerClasses;
    private final Map<Node, CallChain> chains = new IdentityHashMap<>();
    /** Reached from handlers of functions on Lambda Managed Instances. */
    private final Map<Node, CallChain> concurrentChains = new IdentityHashMap<>();
    /** Reached from durable handlers outside functions passed to durable operations: runs on every replay. */
    private final Map<Node, CallChain> replayChains = new IdentityHashMap<>();
    /** Functions passed to step-like durable operations, and what they reach. */
    private final Map<Node, CallChain> stepChains = new IdentityHashMap<>();
    private final Set<CompilationUnit> reachedUnits = Collections.newSetFromMap(new IdentityHashMap<>());
    private final DurableOperations durableOperations;
    private final ProjectTypes types;

    /** @param configured the methods the configuration's handler strings name, by type */
    public RequestPathGraph(ProjectTypes types, JavaSymbols symbols, ConfiguredHandlers configured) {
        this.types = types;
        HandlerDiscovery.Handlers found = new HandlerDiscovery(types, configured).discover();
        List<MethodDeclaration> entries = new ArrayList<>(found.methods());
        entries.sort(Comparator.comparing((MethodDeclaration m) -> ProjectTypes.enclosingType(m)
                        .map(types::pathOf).orElse(""))
                .thenComparing(m -> m.getBegin().map(p -> p.line).orElse(0)));
        this.handlers = List.copyOf(entries);
        this.handlerLambdas = List.copyOf(found.lambdas());
        this.handlerTypes = Collections.newSetFromMap(new IdentityHashMap<>());
        this.handlerTypes.addAll(found.handlerTypes());
        this.handlerClasses = found.handlerClasses();
        this.durableOperations = new DurableOperations(symbols);
        CallTargets targets = new CallTargets(types, symbols);
        List<Node> seeds = new ArrayList<>(handlers);
        for (LambdaExpr lambda : handlerLambdas) {
            chains.putIfAbsent(lambda, new CallChain(List.of(describe(lambda)))); // Spring Cloud Function @Bean functions
            seeds.add(lambda);
        }
        // calls in lazy-initialisation code (InitOnce) run once per environment: what only they reach is init
        walk(targets, seeds, chains, node -> node instanceof com.github.javaparser.ast.stmt.Statement
                && InitOnce.isGuarded(node));
        chains.keySet().forEach(node -> node.findCompilationUnit().ifPresent(reachedUnits::add));
        List<MethodDeclaration> concurrent = handlers.stream().filter(found.concurrent()::contains).toList();
        walk(targets, concurrent, concurrentChains, node -> false);
        List<MethodDeclaration> durable = handlers.stream().filter(found.durable()::contains).toList();
        if (!durable.isEmpty()) {
            Map<Node, CallChain> durablePath = new IdentityHashMap<>();
            walk(targets, durable, durablePath, node -> false);
            walk(targets, durable, replayChains, this::isDurableOperationFunction);
            walkSteps(targets, durable, durablePath);
        }
    }

    /** A breadth-first walk from the entries, not looking into {@code opaque} subtrees. */
    private void walk(CallTargets targets, List<? extends Node> seeds, Map<Node, CallChain> reached,
                      Predicate<Node> opaque) {
        Deque<Node> queue = new ArrayDeque<>();
        Set<Node> queued = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Node seed : seeds) {
            // handler methods start a chain; other seeds (step functions) come with theirs
            if (seed instanceof MethodDeclaration method && !reached.containsKey(seed)) {
                reached.put(seed, CallChain.start(step(method)));
            }
            if (reached.containsKey(seed) && queued.add(seed)) {
                queue.add(seed);
            }
        }
        Set<Node> entries = Collections.newSetFromMap(new IdentityHashMap<>());
        entries.addAll(handlers);
        while (!queue.isEmpty() && reached.size() < MAX_REACHED) {
            Node current = queue.poll();
            CallChain chain = reached.get(current);
            List<Node> callees = new ArrayList<>(targets.calleesOf(current, opaque));
            if (entries.contains(current)) {
                ProjectTypes.enclosingType(current).ifPresent(owner -> callees.addAll(targets.initCallbacks(owner)));
            }
            for (Node callee : callees) {
                if (!reached.containsKey(callee)) {
                    reached.put(callee, chain.then(step(callee)));
                    queue.add(callee);
                }
            }
        }
    }

    /**
     * The functions passed to step-like operations ({@code step}, {@code waitForCallback},
     * {@code waitForCondition}) anywhere on a durable request path, and what they reach.
     */
    private void walkSteps(CallTargets targets, List<MethodDeclaration> durable, Map<Node, CallChain> durablePath) {
        List<Node> stepFunctions = new ArrayList<>();
        for (MethodDeclaration handler : durable) {
            collectStepFunctions(handler, durablePath, stepFunctions);
        }
        for (Map.Entry<Node, CallChain> entry : new ArrayList<>(durablePath.entrySet())) {
            if (!durable.contains(entry.getKey())) {
                collectStepFunctions(entry.getKey(), durablePath, stepFunctions);
            }
        }
        stepFunctions.sort(Comparator.comparing((Node n) -> n.findCompilationUnit()
                        .flatMap(CompilationUnit::getStorage).map(st -> st.getPath().toString()).orElse(""))
                .thenComparing(n -> n.getBegin().map(p -> p.line).orElse(0))
                .thenComparing(n -> n.getBegin().map(p -> p.column).orElse(0)));
        walk(targets, stepFunctions, stepChains, node -> false);
    }

    private void collectStepFunctions(Node graphNode, Map<Node, CallChain> durablePath, List<Node> into) {
        if (!(graphNode instanceof CallableDeclaration<?>)) {
            return;
        }
        CallChain chain = durablePath.get(graphNode);
        for (MethodCallExpr call : graphNode.findAll(MethodCallExpr.class)) {
            boolean own = call.findAncestor(CallableDeclaration.class).filter(c -> c == graphNode).isPresent();
            if (!own || !DurableOperations.runsAsStep(call) || !durableOperations.isOperation(call)) {
                continue;
            }
            for (Node argument : call.getArguments()) {
                if ((argument instanceof LambdaExpr || argument instanceof MethodReferenceExpr)
                        && !stepChains.containsKey(argument)) {
                    stepChains.put(argument, chain.then(new RelatedLocation(pathOf(call), positionOf(call.getName()),
                            call.getNameAsString() + " " + operationName(call))));
                    into.add(argument);
                }
            }
        }
    }

    /** {@code 'reserve-inventory'}, or the name expression as written. */
    private static String operationName(MethodCallExpr operation) {
        if (!DurableOperations.isNamed(operation)) {
            return "";
        }
        Node name = operation.getArgument(0);
        return name instanceof StringLiteralExpr literal ? "'" + literal.asString() + "'" : name.toString();
    }

    private boolean isDurableOperationFunction(Node node) {
        return durableOperations.operationOf(node).isPresent();
    }

    /** Where a graph node is declared: its name in its file. */
    private RelatedLocation step(Node graphNode) {
        Node name = graphNode instanceof CallableDeclaration<?> callable ? callable.getName()
                : graphNode instanceof TypeDeclaration<?> type ? type.getName() : graphNode;
        return new RelatedLocation(pathOf(graphNode), positionOf(name), describe(graphNode));
    }

    private static SourcePosition positionOf(Node node) {
        return node.getBegin().map(p -> new SourcePosition(p.line, p.column)).orElse(SourcePosition.START);
    }

    /** The file of a node: that of its outermost type (local and anonymous classes are not registered types). */
    private String pathOf(Node node) {
        TypeDeclaration<?> outermost = null;
        for (Node current = node; current != null; current = current.getParentNode().orElse(null)) {
            if (current instanceof TypeDeclaration<?> type) {
                outermost = type;
            }
        }
        return outermost == null ? "" : types.pathOf(outermost);
    }

    private static String describe(Node graphNode) {
        if (graphNode instanceof CallableDeclaration<?> callable) {
            return HandlerDiscovery.describe(callable);
        }
        if (graphNode instanceof MethodReferenceExpr reference) {
            return reference.toString();
        }
        if (graphNode instanceof LambdaExpr lambda) {
            // the function a Spring Cloud Function @Bean method returns: named after that method
            return lambda.findAncestor(MethodDeclaration.class).map(HandlerDiscovery::describe).orElse("?") + " (function)";
        }
        return "new " + ((TypeDeclaration<?>) graphNode).getNameAsString();
    }

    @Override
    public Optional<CallChain> chainTo(Node node) {
        return chainIn(chains, node, false);
    }

    @Override
    public Optional<CallChain> concurrentChainTo(Node node) {
        return chainIn(concurrentChains, node, false);
    }

    @Override
    public Optional<CallChain> replayChainTo(Node node) {
        return chainIn(replayChains, node, true);
    }

    @Override
    public Optional<CallChain> stepChainTo(Node node) {
        return chainIn(stepChains, node, false);
    }

    @Override
    public List<TypeDeclaration<?>> handlerClassesOf(MethodDeclaration handler) {
        return handlerClasses.getOrDefault(handler, List.of());
    }

    @Override
    public List<MethodDeclaration> handlersStarting(CallChain chain) {
        return handlers.stream().filter(handler -> HandlerDiscovery.describe(handler).equals(chain.handler())).toList();
    }

    /**
     * The chain of the nearest enclosing graph node of {@code node} in {@code reached}. Functions passed to
     * durable operations are graph nodes of the step walk; for the replay walk ({@code replay}) they end
     * the search, as their code does not run on replay.
     */
    private Optional<CallChain> chainIn(Map<Node, CallChain> reached, Node node, boolean replay) {
        Node current = node;
        while (current != null) {
            if (current instanceof LambdaExpr || current instanceof MethodReferenceExpr) {
                CallChain chain = reached.get(current);
                if (chain != null) {
                    return Optional.of(chain);
                }
                if (replay && isDurableOperationFunction(current)) {
                    return Optional.empty();
                }
            } else if (current instanceof MethodDeclaration || current instanceof ConstructorDeclaration) {
                CallChain chain = reached.get(current);
                if (chain != null) {
                    return Optional.of(chain);
                }
                if (!isInsideLocalOrAnonymousClass(current)) {
                    return Optional.empty();
                }
            } else if (current instanceof FieldDeclaration field) {
                if (field.isStatic()) {
                    return Optional.empty();
                }
                if (!isInsideLocalOrAnonymousClass(current)) {
                    return ownerChain(reached, field);
                }
            } else if (current instanceof InitializerDeclaration initializer) {
                if (initializer.isStatic()) {
                    return Optional.empty();
                }
                if (!isInsideLocalOrAnonymousClass(current)) {
                    return ownerChain(reached, initializer);
                }
            } else if (current instanceof TypeDeclaration<?> && !isLocalClass(current)) {
                return Optional.empty();
            }
            current = current.getParentNode().orElse(null);
        }
        return Optional.empty();
    }

    private static Optional<CallChain> ownerChain(Map<Node, CallChain> reached, Node member) {
        return member.getParentNode()
                .filter(TypeDeclaration.class::isInstance)
                .map(reached::get);
    }

    /** A member of an anonymous class body, or of a class declared inside a method. */
    private static boolean isInsideLocalOrAnonymousClass(Node member) {
        Node parent = member.getParentNode().orElse(null);
        if (parent instanceof ObjectCreationExpr) {
            return true;
        }
        return parent != null && isLocalClass(parent);
    }

    private static boolean isLocalClass(Node node) {
        return node instanceof TypeDeclaration<?>
                && node.getParentNode().filter(p -> p instanceof LocalClassDeclarationStmt
                        || p instanceof LocalRecordDeclarationStmt).isPresent();
    }

    @Override
    public boolean reaches(CompilationUnit unit) {
        return reachedUnits.contains(unit);
    }

    @Override
    public List<MethodDeclaration> handlerMethods() {
        return handlers;
    }

    @Override
    public boolean isHandlerType(TypeDeclaration<?> type) {
        return handlerTypes.contains(type);
    }
}
