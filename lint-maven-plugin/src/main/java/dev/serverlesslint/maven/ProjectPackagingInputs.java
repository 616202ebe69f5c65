package dev.serverlesslint.maven;

import dev.serverlesslint.core.packaging.PackagingInputs;
import dev.serverlesslint.core.packaging.ResolvedDependency;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What the package-size rules (SL207, SL208) get from Maven: the packaged artifact to measure
 * (the {@code artifact} parameter, else the project's main artifact file once {@code package} has
 * run, else {@code ${project.build.directory}/${project.build.finalName}.jar} or {@code .zip}) and
 * the resolved runtime dependencies with their jars, each with the direct dependency that brings it in.
 */
final class ProjectPackagingInputs {

    private static final Set<String> RUNTIME_SCOPES = Set.of("compile", "runtime", "system");

    private ProjectPackagingInputs() {
    }

    static PackagingInputs of(MavenProject project, File artifactParameter) {
        List<Path> artifacts = packagedArtifact(project, artifactParameter).map(List::of).orElse(List.of());
        return new PackagingInputs(artifacts, dependencies(project), true);
    }

    static Optional<Path> packagedArtifact(MavenProject project, File artifactParameter) {
        if (artifactParameter != null) {
            return Optional.of(artifactParameter.toPath()).filter(Files::isRegularFile);
        }
        Artifact main = project.getArtifact();
        if (main != null && main.getFile() != null && isArchive(main.getFile().toPath())) {
            return Optional.of(main.getFile().toPath());
        }
        String directory = project.getBuild().getDirectory();
        String finalName = project.getBuild().getFinalName();
        if (directory == null || finalName == null) {
            return Optional.empty();
        }
        for (String extension : List.of(".jar", ".zip")) {
            Path candidate = Path.of(directory, finalName + extension);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static boolean isArchive(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(file) && (name.endsWith(".jar") || name.endsWith(".zip"));
    }

    private static List<ResolvedDependency> dependencies(MavenProject project) {
        List<ResolvedDependency> dependencies = new ArrayList<>();
        Set<Artifact> artifacts = project.getArtifacts();
        if (artifacts == null) {
            return dependencies;
        }
        for (Artifact artifact : artifacts) {
            String scope = artifact.getScope() == null ? "compile" : artifact.getScope();
            if (!RUNTIME_SCOPES.contains(scope)) {
                continue;
            }
            File file = artifact.getFile();
            dependencies.add(new ResolvedDependency(artifact.getGroupId(), artifact.getArtifactId(),
                    artifact.getVersion(), scope, file == null ? null : file.toPath(), via(artifact)));
        }
        return dependencies;
    }

    /** {@code group:artifact} of the direct dependency in the artifact's trail ({@code [project, direct, ..., it]}). */
    private static String via(Artifact artifact) {
        List<String> trail = artifact.getDependencyTrail();
        if (trail == null || trail.size() < 2) {
            return null;
        }
        String[] parts = trail.get(1).split(":");
        return parts.length >= 2 ? parts[0] + ":" + parts[1] : null;
    }
}
