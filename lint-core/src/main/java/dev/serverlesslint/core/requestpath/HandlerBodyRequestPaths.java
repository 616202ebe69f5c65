package dev.serverlesslint.core.requestpath;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import dev.serverlesslint.core.java.JavaSource;
import dev.serverlesslint.core.model.ProjectModel;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Request paths limited to the bodies of handler methods (including lambdas inside them). */
public final class HandlerBodyRequestPaths implements RequestPaths {

    private final Map<MethodDeclaration, CallChain> handlers = new IdentityHashMap<>();

    public HandlerBodyRequestPaths(List<JavaSource> sources, ProjectModel model) {
        for (JavaSource source : sources) {
            for (MethodDeclaration method : HandlerDiscovery.handlerMethods(source, model)) {
                handlers.put(method, new CallChain(List.of(HandlerDiscovery.describe(method))));
            }
        }
    }

    @Override
    public Optional<CallChain> chainTo(Node node) {
        Optional<Node> current = Optional.of(node);
        while (current.isPresent()) {
            if (current.get() instanceof MethodDeclaration method) {
                return Optional.ofNullable(handlers.get(method));
            }
            current = current.get().getParentNode();
        }
        return Optional.empty();
    }
}
