package dev.serverlesslint.core.requestpath;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import dev.serverlesslint.core.java.JavaSymbols;
import dev.serverlesslint.core.java.ProjectTypes;
import dev.serverlesslint.core.model.ProjectModel;

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

/**
 * The request-path call graph of a project: a breadth-first walk from every handler method over
 * the {@link CallTargets call edges}, built once per run. Each reached method, constructor or
 * instance initialiser keeps the shortest chain from a handler (ties broken by handler order,
 * then by call order in the source), so messages are deterministic.
 */
public final class RequestPathGraph implements RequestPaths {

    /** Guards against pathological projects; real request paths are far smaller. */
    private static final int MAX_REACHED = 200_000;

    private final List<MethodDeclaration> handlers;
    private final Set<TypeDeclaration<?>> handlerTypes;
    private final Map<Node, CallChain> chains = new IdentityHashMap<>();
    private final Set<CompilationUnit> reachedUnits = Collections.newSetFromMap(new IdentityHashMap<>());

    public RequestPathGraph(ProjectTypes types, JavaSymbols symbols, ProjectModel model) {
        HandlerDiscovery.Handlers found = new HandlerDiscovery(types, model).discover();
        List<MethodDeclaration> entries = new ArrayList<>(found.methods());
        entries.sort(Comparator.comparing((MethodDeclaration m) -> ProjectTypes.enclosingType(m)
                        .map(types::pathOf).orElse(""))
                .thenComparing(m -> m.getBegin().map(p -> p.line).orElse(0)));
        this.handlers = List.copyOf(entries);
        this.handlerTypes = Collections.newSetFromMap(new IdentityHashMap<>());
        this.handlerTypes.addAll(found.handlerTypes());
        walk(new CallTargets(types, symbols));
        chains.keySet().forEach(node -> node.findCompilationUnit().ifPresent(reachedUnits::add));
    }

    private void walk(CallTargets targets) {
        Deque<Node> queue = new ArrayDeque<>();
        for (MethodDeclaration handler : handlers) {
            if (!chains.containsKey(handler)) {
                chains.put(handler, new CallChain(List.of(HandlerDiscovery.describe(handler))));
                queue.add(handler);
            }
        }
        Set<Node> entries = Collections.newSetFromMap(new IdentityHashMap<>());
        entries.addAll(handlers);
        while (!queue.isEmpty() && chains.size() < MAX_REACHED) {
            Node current = queue.poll();
            CallChain chain = chains.get(current);
            List<Node> callees = new ArrayList<>(targets.calleesOf(current));
            if (entries.contains(current)) {
                ProjectTypes.enclosingType(current).ifPresent(owner -> callees.addAll(targets.initCallbacks(owner)));
            }
            for (Node callee : callees) {
                if (!chains.containsKey(callee)) {
                    chains.put(callee, extend(chain, describe(callee)));
                    queue.add(callee);
                }
            }
        }
    }

    private static CallChain extend(CallChain chain, String step) {
        List<String> methods = new ArrayList<>(chain.methods());
        methods.add(step);
        return new CallChain(methods);
    }

    private static String describe(Node graphNode) {
        if (graphNode instanceof CallableDeclaration<?> callable) {
            return HandlerDiscovery.describe(callable);
        }
        return "new " + ((TypeDeclaration<?>) graphNode).getNameAsString();
    }

    @Override
    public Optional<CallChain> chainTo(Node node) {
        Node current = node;
        while (current != null) {
            if (current instanceof MethodDeclaration || current instanceof ConstructorDeclaration) {
                CallChain chain = chains.get(current);
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
                    return ownerChain(field);
                }
            } else if (current instanceof InitializerDeclaration initializer) {
                if (initializer.isStatic()) {
                    return Optional.empty();
                }
                if (!isInsideLocalOrAnonymousClass(current)) {
                    return ownerChain(initializer);
                }
            } else if (current instanceof TypeDeclaration<?> && !isLocalClass(current)) {
                return Optional.empty();
            }
            current = current.getParentNode().orElse(null);
        }
        return Optional.empty();
    }

    private Optional<CallChain> ownerChain(Node member) {
        return member.getParentNode()
                .filter(TypeDeclaration.class::isInstance)
                .map(chains::get);
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
