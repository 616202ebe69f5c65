package dev.serverlesslint.core.requestpath;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.serverlesslint.core.java.NodeKey;
import dev.serverlesslint.core.java.ProjectTypes;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The request paths of a model known to be the same as an earlier run's (the result cache's per-file
 * layer), without building the graph: what that run's graph said about its handler files, and the
 * answer the graph gives for code in any file it was not built from. Every node of the graph
 * ({@link RequestPathGraph}) is a declaration in a file the model parsed while building it, and a
 * handler type is one of those files' types, so for a node in a tree the type index does not hold
 * (a file parsed only to be checked), or in a file that is not one of {@code modelFiles}, every
 * chain is empty, {@link #reaches} is false and the node is no handler. Any other question cannot be
 * answered without the graph: it is recorded ({@link #needed}) and {@link GraphNeeded} is thrown, and
 * the engine lints again with the graph built as usual. The graph is not built here later instead:
 * which handlers it finds depends on the types the index holds when it is built, and rules' lookups
 * add some before then.
 */
public final class DeferredRequestPaths implements RequestPaths {

    private final ProjectTypes types;
    private final Set<String> modelFiles;
    private final Set<String> handlerFiles;
    private volatile boolean needed;

    /** A question that only the graph can answer was asked; the run's results are not used. */
    public static final class GraphNeeded extends RuntimeException {
        public GraphNeeded() {
            super("the request-path graph is needed", null, false, false);
        }
    }

    /**
     * @param modelFiles   the files the earlier run's model parsed (at least): those the graph may have nodes in
     * @param handlerFiles the earlier run's {@link RequestPaths#handlerFiles()}, in its order
     */
    public DeferredRequestPaths(ProjectTypes types, Set<String> modelFiles, List<String> handlerFiles) {
        this.types = types;
        this.modelFiles = Set.copyOf(modelFiles);
        this.handlerFiles = new LinkedHashSet<>(handlerFiles);
    }

    /** Whether a question needed the graph (the run must be made again with it). */
    public boolean needed() {
        return needed;
    }

    @Override
    public Optional<CallChain> chainTo(Node node) {
        return offTheGraph(node) ? Optional.empty() : graphNeeded();
    }

    @Override
    public Optional<CallChain> concurrentChainTo(Node node) {
        return chainTo(node);
    }

    @Override
    public Optional<CallChain> replayChainTo(Node node) {
        return chainTo(node);
    }

    @Override
    public Optional<CallChain> stepChainTo(Node node) {
        return chainTo(node);
    }

    @Override
    public boolean reaches(CompilationUnit unit) {
        return offTheGraph(types.pathOf(unit)) ? false : graphNeeded();
    }

    @Override
    public List<MethodDeclaration> handlerMethods() {
        return graphNeeded();
    }

    @Override
    public List<MethodDeclaration> handlerMethodsIn(CompilationUnit unit) {
        return offTheGraph(types.pathOf(unit)) ? List.of() : graphNeeded();
    }

    @Override
    public Set<String> handlerFiles() {
        return handlerFiles;
    }

    @Override
    public boolean isHandlerType(TypeDeclaration<?> type) {
        return offTheGraph(types.typeKey(type).map(NodeKey::path)) ? false : graphNeeded();
    }

    @Override
    public List<TypeDeclaration<?>> handlerClassesOf(MethodDeclaration handler) {
        return offTheGraph(types.keyOf(handler).map(NodeKey::path)) ? List.of() : graphNeeded();
    }

    @Override
    public List<MethodDeclaration> handlersStarting(CallChain chain) {
        return graphNeeded();
    }

    /** Whether the node is in a tree the graph has no node in (see the class comment). */
    private boolean offTheGraph(Node node) {
        return offTheGraph(node.findCompilationUnit().flatMap(types::pathOf));
    }

    private boolean offTheGraph(Optional<String> indexedPath) {
        return indexedPath.isEmpty() || !modelFiles.contains(indexedPath.get());
    }

    /**
     * Records that a question only the full model answers was asked, and stops the question: also for
     * questions the model asks on this graph's behalf (its files, which a model without the graph does
     * not hold).
     */
    public <T> T graphNeeded() {
        needed = true;
        throw new GraphNeeded();
    }
}
