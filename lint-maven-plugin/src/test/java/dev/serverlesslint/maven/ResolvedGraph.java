package dev.serverlesslint.maven;

import org.apache.maven.project.DependencyResolutionResult;
import org.eclipse.aether.graph.DefaultDependencyNode;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.graph.DependencyNode;

import java.util.ArrayList;
import java.util.List;

/** Dependency graphs as Maven's resolver returns them, for tests that never touch a repository. */
final class ResolvedGraph {

    private ResolvedGraph() {
    }

    /** What Maven's resolver gives for a graph; the tests never touch a repository. */
    static DependencyResolutionResult of(DependencyNode... direct) {
        DefaultDependencyNode root = new DefaultDependencyNode((Dependency) null);
        root.setChildren(new ArrayList<>(List.of(direct)));
        return new DependencyResolutionResult() {
            @Override
            public DependencyNode getDependencyGraph() {
                return root;
            }

            @Override
            public List<Dependency> getDependencies() {
                return List.of();
            }

            @Override
            public List<Dependency> getResolvedDependencies() {
                return List.of();
            }

            @Override
            public List<Dependency> getUnresolvedDependencies() {
                return List.of();
            }

            @Override
            public List<Exception> getCollectionErrors() {
                return List.of();
            }

            @Override
            public List<Exception> getResolutionErrors(Dependency dependency) {
                return List.of();
            }
        };
    }

}
