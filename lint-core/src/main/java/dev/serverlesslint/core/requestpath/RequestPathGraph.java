package dev.serverlesslint.core.requestpath;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.DataKey;
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

import dev.serverlesslint.core.java.NodeKey;
import dev.serverlesslint.core.java.OwnNodes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
 *
 * <p>The graph holds no tree: its nodes are {@link NodeKey keys} of declarations, and a walk asks the type
 * index for a declaration's tree only while it looks at the calls in it (the index may have dropped the
 * tree since, and parses the file again). When a walk parses a file for one declaration, it also takes the
 * calls of the declarations of that file this one reaches, which the walk will come to later: a handler's
 * private helpers do not make its file parsed once per level of the walk.
 */
public final class RequestPathGraph implements RequestPaths {

    /** Guards against pathological projects; real request paths are far smaller. */
    private static final int MAX_REACHED = 200_000;

    /** Climbs longer than this leave their answer on the nodes they passed ({@link ChainMemo}). */
    private static final int MEMO_AFTER_CLIMB = 32;
    private static final DataKey<ChainMemo> CHAIN_MEMO = new DataKey<>() {
    };

    private final ProjectTypes types;
    private final List<NodeKey> handlers;
    private final Set<NodeKey> handlerTypes;
    private final Map<NodeKey, List<NodeKey>> handlerClasses;
    /** Handler methods by their description (the first method of their chains), in handler order. */
    private final Map<String, List<NodeKey>> handlersByDescription = new HashMap<>();
    private final Map<NodeKey, CallChain> chains = new HashMap<>();
    /** Reached from handlers of functions on Lambda Managed Instances. */
    private final Map<NodeKey, CallChain> concurrentChains = new HashMap<>();
    /** Reached from durable handlers outside functions passed to durable operations: runs on every replay. */
    private final Map<NodeKey, CallChain> replayChains = new HashMap<>();
    /** Functions passed to step-like durable operations, and what they reach. */
    private final Map<NodeKey, CallChain> stepChains = new HashMap<>();
    private final Set<String> reachedFiles = new HashSet<>();
    private final DurableOperations durableOperations;

    /** A call edge: the declaration called, and where it is declared (the next step of a chain). */
    private record Callee(NodeKey key, RelatedLocation step) {
    }

    /** @param configured the methods the configuration's handler strings name, by type */
    public RequestPathGraph(ProjectTypes types, JavaSymbols symbols, ConfiguredHandlers configured) {
        this.types = types;
        HandlerDiscovery.Handlers found = new HandlerDiscovery(types, configured).discover();
        List<NodeKey> entries = new ArrayList<>(found.methods());
        // the file of a handler method is that of its enclosing (registered) type
        entries.sort(Comparator.comparing(NodeKey::path).thenComparingInt(NodeKey::line));
        this.handlers = List.copyOf(entries);
        for (NodeKey handler : handlers) {
            handlersByDescription.computeIfAbsent(found.steps().get(handler).message(), d -> new ArrayList<>())
                    .add(handler);
        }
        this.handlerTypes = Set.copyOf(found.handlerTypes());
        this.handlerClasses = found.handlerClasses();
        this.durableOperations = new DurableOperations(symbols);
        CallTargets targets = new CallTargets(types, symbols);
        List<NodeKey> seeds = new ArrayList<>(handlers);
        for (NodeKey lambda : found.lambdas()) {
            try (ProjectTypes.Hold hold = types.hold()) {
                // Spring Cloud Function @Bean functions
                chains.putIfAbsent(lambda, new CallChain(List.of(describe(types.node(lambda).orElseThrow()))));
            }
            seeds.add(lambda);
        }
        // calls in lazy-initialisation code (InitOnce) run once per environment: what only they reach is init
        walk(targets, seeds, chains, node -> node instanceof com.github.javaparser.ast.stmt.Statement
                && InitOnce.isGuarded(node), found.steps());
        chains.keySet().forEach(key -> reachedFiles.add(key.path()));
        List<NodeKey> concurrent = handlers.stream().filter(found.concurrent()::contains).toList();
        walk(targets, concurrent, concurrentChains, node -> false, found.steps());
        List<NodeKey> durable = handlers.stream().filter(found.durable()::contains).toList();
        if (!durable.isEmpty()) {
            Map<NodeKey, CallChain> durablePath = new LinkedHashMap<>();
            walk(targets, durable, durablePath, node -> false, found.steps());
            walk(targets, durable, replayChains, this::isDurableOperationFunction, found.steps());
            walkSteps(targets, durable, durablePath);
        }
    }

    /**
     * A breadth-first walk from the entries, not looking into {@code opaque} subtrees.
     *
     * @param entrySteps where each handler method is declared
     */
    private void walk(CallTargets targets, List<NodeKey> seeds, Map<NodeKey, CallChain> reached,
                      Predicate<Node> opaque, Map<NodeKey, RelatedLocation> entrySteps) {
        Deque<NodeKey> queue = new ArrayDeque<>();
        Set<NodeKey> queued = new HashSet<>();
        for (NodeKey seed : seeds) {
            // handler methods start a chain; other seeds (step functions) come with theirs
            if (seed.kind() == NodeKey.METHOD && !reached.containsKey(seed)) {
                reached.put(seed, CallChain.start(entrySteps.containsKey(seed) ? entrySteps.get(seed) : stepOf(seed)));
            }
            if (reached.containsKey(seed) && queued.add(seed)) {
                queue.add(seed);
            }
        }
        Walk walk = new Walk(targets, opaque, new HashSet<>(handlers));
        // the edges of the seeds whose trees the index has at hand, before parsing others pushes them out
        for (NodeKey seed : queue) {
            if (types.isCached(seed.path())) {
                walk.prefetch(seed);
            }
        }
        while (!queue.isEmpty() && reached.size() < MAX_REACHED) {
            NodeKey current = queue.poll();
            CallChain chain = reached.get(current);
            for (Callee callee : walk.expand(current)) {
                if (!reached.containsKey(callee.key())) {
                    reached.put(callee.key(), chain.then(callee.step()));
                    queue.add(callee.key());
                }
            }
        }
    }

    private RelatedLocation stepOf(NodeKey key) {
        try (ProjectTypes.Hold hold = types.hold()) {
            return step(types, types.node(key).orElseThrow());
        }
    }

    /** The call edges of one walk, taken from the trees when the walk needs them. */
    private final class Walk {
        private final CallTargets targets;
        private final Predicate<Node> opaque;
        private final Set<NodeKey> entries;
        private final Set<NodeKey> expanded = new HashSet<>();
        /** Call edges of declarations the walk will come to, taken while their file's tree was at hand. */
        private final Map<NodeKey, List<Callee>> ahead = new HashMap<>();

        Walk(CallTargets targets, Predicate<Node> opaque, Set<NodeKey> entries) {
            this.targets = targets;
            this.opaque = opaque;
            this.entries = entries;
        }

        /** The call edges out of a declaration, in source order (duplicates possible). */
        List<Callee> expand(NodeKey current) {
            expanded.add(current);
            List<Callee> known = ahead.remove(current);
            return known != null ? known : read(current);
        }

        /** Takes a declaration's call edges now, while its file's tree is at hand, for when the walk comes to it. */
        void prefetch(NodeKey key) {
            if (!expanded.contains(key) && !ahead.containsKey(key) && ahead.size() < MAX_REACHED) {
                ahead.put(key, read(key));
            }
        }

        /** The call edges out of a declaration, from its tree; those of the same file's declarations it reaches go {@link #ahead}. */
        private List<Callee> read(NodeKey current) {
            try (ProjectTypes.Hold hold = types.hold()) {
                Optional<Node> node = types.node(current);
                if (node.isEmpty()) {
                    return List.of();
                }
                CompilationUnit unit = node.get().findCompilationUnit().orElseThrow();
                List<Callee> callees = calleesOf(current, node.get());
                // the declarations of this file that these calls reach: their calls, while the tree is here
                Deque<Callee> sameFile = new ArrayDeque<>(callees);
                while (!sameFile.isEmpty() && ahead.size() < MAX_REACHED) {
                    NodeKey next = sameFile.poll().key();
                    if (!next.path().equals(current.path()) || expanded.contains(next) || ahead.containsKey(next)) {
                        continue;
                    }
                    Optional<Node> nextNode = types.node(next, unit);
                    if (nextNode.isPresent()) {
                        List<Callee> nextCallees = calleesOf(next, nextNode.get());
                        ahead.put(next, nextCallees);
                        sameFile.addAll(nextCallees);
                    }
                }
                return callees;
            }
        }

        private List<Callee> calleesOf(NodeKey key, Node node) {
            List<Node> callees = new ArrayList<>(targets.calleesOf(node, opaque));
            if (entries.contains(key)) {
                ProjectTypes.enclosingType(node).ifPresent(owner -> callees.addAll(targets.initCallbacks(owner)));
            }
            List<Callee> edges = new ArrayList<>(callees.size());
            for (Node callee : callees) {
                // callees are declarations in the trees of the index (resolved from one of its trees)
                types.keyOf(callee).ifPresent(calleeKey -> edges.add(new Callee(calleeKey, step(types, callee))));
            }
            return edges;
        }
    }

    /**
     * The functions passed to step-like operations ({@code step}, {@code waitForCallback},
     * {@code waitForCondition}) anywhere on a durable request path, and what they reach.
     */
    private void walkSteps(CallTargets targets, List<NodeKey> durable, Map<NodeKey, CallChain> durablePath) {
        List<NodeKey> stepFunctions = new ArrayList<>();
        for (NodeKey handler : durable) {
            collectStepFunctions(handler, durablePath, stepFunctions);
        }
        for (Map.Entry<NodeKey, CallChain> entry : new ArrayList<>(durablePath.entrySet())) {
            if (!durable.contains(entry.getKey())) {
                collectStepFunctions(entry.getKey(), durablePath, stepFunctions);
            }
        }
        stepFunctions.sort(Comparator.comparing(NodeKey::path).thenComparingInt(NodeKey::line)
                .thenComparingInt(NodeKey::column));
        walk(targets, stepFunctions, stepChains, node -> false, Map.of());
    }

    private void collectStepFunctions(NodeKey graphKey, Map<NodeKey, CallChain> durablePath, List<NodeKey> into) {
        if (graphKey.kind() != NodeKey.METHOD && graphKey.kind() != NodeKey.CONSTRUCTOR) {
            return;
        }
        try (ProjectTypes.Hold hold = types.hold()) {
            Node graphNode = types.node(graphKey).orElse(null);
            if (!(graphNode instanceof CallableDeclaration<?>)) {
                return;
            }
            CallChain chain = durablePath.get(graphKey);
            for (MethodCallExpr call : OwnNodes.of(graphNode, MethodCallExpr.class, CallableDeclaration.class)) {
                if (!DurableOperations.runsAsStep(call) || !durableOperations.isOperation(call)) {
                    continue;
                }
                for (Node argument : call.getArguments()) {
                    if (argument instanceof LambdaExpr || argument instanceof MethodReferenceExpr) {
                        NodeKey argumentKey = NodeKey.of(graphKey.path(), argument);
                        if (argumentKey != null && !stepChains.containsKey(argumentKey)) {
                            stepChains.put(argumentKey, chain.then(new RelatedLocation(pathOf(types, call),
                                    positionOf(call.getName()), call.getNameAsString() + " " + operationName(call))));
                            into.add(argumentKey);
                        }
                    }
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
    static RelatedLocation step(ProjectTypes types, Node graphNode) {
        Node name = graphNode instanceof CallableDeclaration<?> callable ? callable.getName()
                : graphNode instanceof TypeDeclaration<?> type ? type.getName() : graphNode;
        return new RelatedLocation(pathOf(types, graphNode), positionOf(name), describe(graphNode));
    }

    private static SourcePosition positionOf(Node node) {
        return node.getBegin().map(p -> new SourcePosition(p.line, p.column)).orElse(SourcePosition.START);
    }

    /** The file of a node: that of its outermost type (local and anonymous classes are not registered types). */
    private static String pathOf(ProjectTypes types, Node node) {
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
        Optional<CompilationUnit> unit = handler.findCompilationUnit();
        List<NodeKey> classes = types.keyOf(handler).map(handlerClasses::get).orElse(null);
        if (classes == null || unit.isEmpty()) {
            return List.of();
        }
        List<TypeDeclaration<?>> found = new ArrayList<>(classes.size());
        classes.forEach(key -> found.add((TypeDeclaration<?>) types.node(key, unit.get()).orElseThrow()));
        return found;
    }

    @Override
    public List<MethodDeclaration> handlersStarting(CallChain chain) {
        return handlersByDescription.getOrDefault(chain.handler(), List.of()).stream()
                .map(key -> (MethodDeclaration) types.node(key).orElseThrow()).toList();
    }

    /**
     * The chain of the nearest enclosing graph node of {@code node} in {@code reached}. Functions passed to
     * durable operations are graph nodes of the step walk; for the replay walk ({@code replay}) they end
     * the search, as their code does not run on replay.
     */
    private Optional<CallChain> chainIn(Map<NodeKey, CallChain> reached, Node node, boolean replay) {
        List<Node> climbed = new ArrayList<>();
        Optional<CallChain> answer = climb(reached, node, replay, climbed);
        if (climbed.size() > MEMO_AFTER_CLIMB) {
            ChainMemo memo = new ChainMemo(reached, answer);
            climbed.forEach(passed -> passed.setData(CHAIN_MEMO, memo));
        }
        return answer;
    }

    /** Climbs from {@code node} to the node that decides its chain, adding the nodes passed to {@code climbed}. */
    private Optional<CallChain> climb(Map<NodeKey, CallChain> reached, Node node, boolean replay, List<Node> climbed) {
        TreePath tree = new TreePath();
        Node current = node;
        while (current != null) {
            if (current.containsData(CHAIN_MEMO) && current.getData(CHAIN_MEMO).reached() == reached) {
                return current.getData(CHAIN_MEMO).answer();
            }
            climbed.add(current);
            if (current instanceof LambdaExpr || current instanceof MethodReferenceExpr
                    || current instanceof MethodDeclaration || current instanceof ConstructorDeclaration) {
                if (tree.of(current) == null) {
                    return Optional.empty();
                }
                CallChain chain = reached.get(NodeKey.of(tree.path, current));
                if (chain != null) {
                    return Optional.of(chain);
                }
                boolean ends = current instanceof CallableDeclaration<?> ? !isInsideLocalOrAnonymousClass(current)
                        : replay && isDurableOperationFunction(current);
                if (ends) {
                    return Optional.empty();
                }
            } else if (current instanceof FieldDeclaration || current instanceof InitializerDeclaration) {
                boolean isStatic = current instanceof FieldDeclaration field ? field.isStatic()
                        : ((InitializerDeclaration) current).isStatic();
                if (isStatic || tree.of(current) == null) {
                    return Optional.empty();
                }
                if (!isInsideLocalOrAnonymousClass(current)) {
                    return ownerChain(reached, tree.path, current);
                }
            } else if (current instanceof TypeDeclaration<?> && !isLocalClass(current)) {
                return Optional.empty();
            }
            current = current.getParentNode().orElse(null);
        }
        return Optional.empty();
    }

    /**
     * The path of the tree a climb is in, looked up at the first graph node met rather than at the start:
     * the root may be far above a deeply nested expression. {@code null} for a tree outside the type index
     * (a file parsed only to be checked), which has no graph nodes.
     */
    private final class TreePath {
        private String path;

        String of(Node graphNode) {
            if (path == null) {
                path = graphNode.findCompilationUnit().flatMap(types::pathOf).orElse(null);
            }
            return path;
        }
    }

    private static Optional<CallChain> ownerChain(Map<NodeKey, CallChain> reached, String path, Node member) {
        return member.getParentNode()
                .filter(TypeDeclaration.class::isInstance)
                .map(owner -> reached.get(NodeKey.of(path, owner)));
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
        return types.pathOf(unit).filter(reachedFiles::contains).isPresent();
    }

    /** Every handler method's declaration, so every handler file's tree: for small projects and tests. */
    @Override
    public List<MethodDeclaration> handlerMethods() {
        return handlers.stream().map(key -> (MethodDeclaration) types.node(key).orElseThrow()).toList();
    }

    @Override
    public List<MethodDeclaration> handlerMethodsIn(CompilationUnit unit) {
        Optional<String> path = types.pathOf(unit);
        if (path.isEmpty()) {
            return List.of();
        }
        List<MethodDeclaration> found = new ArrayList<>();
        for (NodeKey handler : handlers) {
            if (handler.path().equals(path.get())) {
                types.node(handler, unit).ifPresent(node -> found.add((MethodDeclaration) node));
            }
        }
        return found;
    }

    @Override
    public Set<String> handlerFiles() {
        Set<String> files = new LinkedHashSet<>();
        handlers.forEach(handler -> files.add(handler.path()));
        return files;
    }

    @Override
    public boolean isHandlerType(TypeDeclaration<?> type) {
        return types.typeKey(type).filter(handlerTypes::contains).isPresent();
    }

    /**
     * The answer of a long climb, left on the nodes it passed so that the climbs from the nodes below
     * them stop there: without it a chain of 20,000 nested calls costs 20,000 climbs of up to 20,000
     * nodes. {@code reached} names the walk, and the graph, the answer is for. The memo lives and dies
     * with the tree.
     */
    private record ChainMemo(Map<NodeKey, CallChain> reached, Optional<CallChain> answer) {
    }
}
