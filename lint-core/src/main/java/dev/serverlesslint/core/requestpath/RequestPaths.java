package dev.serverlesslint.core.requestpath;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Answers whether code runs on a request path: in a handler method or in a method it reaches.
 * Code in static initialisers, field initialisers and constructors is init, not request path,
 * unless that constructor is itself called ({@code new X()}) on the request path. Lambdas,
 * anonymous and local classes inside request-path code are request path too.
 */
public interface RequestPaths {

    /** The chain from a handler method to the method that contains {@code node}, if the node runs per request. */
    Optional<CallChain> chainTo(Node node);

    /**
     * Whether any code in this file runs on a request path. When not, {@link #chainTo} is empty for
     * every node of the file, so a rule about request-path code can skip the file at once (most
     * files of a large project).
     */
    boolean reaches(CompilationUnit unit);

    /**
     * The handler methods (entry points the Lambda runtime calls), in a deterministic order. It parses
     * every handler file whose tree the model dropped: for small projects and tests; see
     * {@link #handlerMethodsIn} and {@link #handlerFiles}.
     */
    List<MethodDeclaration> handlerMethods();

    /** The handler methods declared in this file, nodes of this tree, in the order of {@link #handlerMethods}. */
    List<MethodDeclaration> handlerMethodsIn(CompilationUnit unit);

    /** The files (root-relative paths) that declare handler methods, in the order of {@link #handlerMethods}. */
    Set<String> handlerFiles();

    /**
     * Whether instances of this type serve invocations: a handler class (the runtime creates one
     * instance per execution environment and calls it for every request), or a project supertype
     * of one (a base handler class).
     */
    boolean isHandlerType(TypeDeclaration<?> type);

    /**
     * The chain from a handler of a function on Lambda Managed Instances to the code, if that code runs
     * per request there: it may run on many threads at once, sharing the handler object and statics.
     */
    Optional<CallChain> concurrentChainTo(Node node);

    /**
     * The chain from a durable handler to the code, if the code runs again on every replay: it is on
     * the handler's path and not inside a function passed to a durable operation ({@code step},
     * {@code runInChildContext}, {@code map}, {@code parallel} branches, {@code waitForCondition}, ...).
     */
    Optional<CallChain> replayChainTo(Node node);

    /**
     * The chain from a durable handler through a step-like operation ({@code step}, {@code waitForCallback},
     * {@code waitForCondition}) to the code, if the code runs inside the function passed to that operation.
     */
    Optional<CallChain> stepChainTo(Node node);

    /**
     * The handler classes this handler method is the entry of, in source order: several when it is
     * inherited from a common base class. Which functions name them is the project model's to say.
     */
    List<TypeDeclaration<?>> handlerClassesOf(MethodDeclaration handler);

    /** The handler methods a chain may start from (those described as its first step). */
    List<MethodDeclaration> handlersStarting(CallChain chain);
}
