package dev.serverlesslint.maven;

import dev.serverlesslint.core.packaging.ResolvedDependency;
import org.apache.maven.project.DefaultDependencyResolutionRequest;
import org.apache.maven.project.DependencyResolutionException;
import org.apache.maven.project.DependencyResolutionResult;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.ProjectDependenciesResolver;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.graph.DependencyNode;

import java.io.File;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The module's runtime dependencies for the package-size rules (SL207 attributes a jar's bytes to
 * them, SL208 looks for heavy ones), resolved by the goal itself instead
 * of by Maven before the goal starts. A resolution that fails (offline, a sibling module's jar not
 * installed, an artifact missing from every repository) is not a build error: the lint goes on with
 * the dependencies declared in {@code pom.xml}, as the command line reads them.
 *
 * @param dependencies the resolved runtime dependencies, each with the direct dependency that brings it in
 * @param problem      why resolution failed, or {@code null} when it succeeded
 */
record ModuleDependencies(List<ResolvedDependency> dependencies, String problem) {

    private static final Set<String> RUNTIME_SCOPES = Set.of("compile", "runtime", "system", "");

    ModuleDependencies {
        dependencies = List.copyOf(dependencies);
    }

    /** When the goal's parameters turn both rules that use dependencies off: nothing is resolved. */
    static final ModuleDependencies NOT_RESOLVED = new ModuleDependencies(List.of(), "SL207 and SL208 are off");

    boolean resolved() {
        return problem == null;
    }

    /**
     * @param session the repository session (offline mode, workspace reader for the reactor's modules);
     *                {@code null} only in tests, whose resolver ignores it
     */
    static ModuleDependencies resolve(ProjectDependenciesResolver resolver, MavenProject project,
                                      RepositorySystemSession session) {
        DefaultDependencyResolutionRequest request = new DefaultDependencyResolutionRequest(project, session);
        request.setResolutionFilter((node, parents) -> isRuntime(node.getDependency()));
        try {
            return new ModuleDependencies(flatten(resolver.resolve(request)), null);
        } catch (DependencyResolutionException e) {
            return new ModuleDependencies(List.of(), firstLine(e));
        } catch (RuntimeException e) {
            // A broken repository session or metadata must not stop the lint of the sources either.
            return new ModuleDependencies(List.of(), firstLine(e));
        }
    }

    /** The graph below the project, depth first, each artifact once, with the direct dependency it hangs from. */
    private static List<ResolvedDependency> flatten(DependencyResolutionResult result) {
        List<ResolvedDependency> dependencies = new ArrayList<>();
        DependencyNode root = result.getDependencyGraph();
        if (root == null) {
            return dependencies;
        }
        Set<String> seen = new HashSet<>();
        for (DependencyNode direct : root.getChildren()) {
            add(direct, coordinates(direct.getArtifact()), seen, dependencies);
        }
        return dependencies;
    }

    private static void add(DependencyNode node, String via, Set<String> seen, List<ResolvedDependency> into) {
        Dependency dependency = node.getDependency();
        if (dependency == null || !isRuntime(dependency)) {
            return;
        }
        Artifact artifact = dependency.getArtifact();
        if (!seen.add(coordinates(artifact))) {
            return;
        }
        File file = artifact.getFile();
        String scope = dependency.getScope().isEmpty() ? "compile" : dependency.getScope();
        into.add(new ResolvedDependency(artifact.getGroupId(), artifact.getArtifactId(), artifact.getVersion(),
                scope, file == null ? null : file.toPath(), via));
        for (DependencyNode child : node.getChildren()) {
            add(child, via, seen, into);
        }
    }

    private static boolean isRuntime(Dependency dependency) {
        return dependency != null && RUNTIME_SCOPES.contains(dependency.getScope());
    }

    private static String coordinates(Artifact artifact) {
        return artifact.getGroupId() + ":" + artifact.getArtifactId();
    }

    /** Maven's resolution messages run over several lines; the warning is one. */
    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }
}
