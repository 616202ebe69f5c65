package dev.serverlesslint.maven;

import dev.serverlesslint.core.packaging.PackagingInputs;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the package-size rules (SL207, SL208) get from Maven: the packaged artifact to measure
 * (the {@code artifact} parameter, else the project's main artifact file once {@code package} has
 * run, else {@code ${project.build.directory}/${project.build.finalName}.jar} or {@code .zip}) and
 * the module's runtime dependencies (see {@link ModuleDependencies}).
 */
final class ProjectPackagingInputs {

    private ProjectPackagingInputs() {
    }

    /**
     * @param dependencies the module's resolved dependencies; when resolution failed, the engine reads
     *                     the dependencies declared in {@code pom.xml} instead
     * @param lintRoot     the root the module is linted from (the resolved set belongs to the module's pom.xml)
     */
    static PackagingInputs of(MavenProject project, File artifactParameter, ModuleDependencies dependencies,
                              Path lintRoot) {
        List<Path> artifacts = packagedArtifact(project, artifactParameter).map(List::of).orElse(List.of());
        Path pom = project.getBasedir().toPath().toAbsolutePath().normalize().resolve("pom.xml");
        Path root = lintRoot.toAbsolutePath().normalize();
        String modulePom = pom.startsWith(root) ? root.relativize(pom).toString().replace('\\', '/')
                : PackagingInputs.ROOT_POM;
        return new PackagingInputs(artifacts, dependencies.dependencies(), dependencies.resolved(), modulePom);
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

}
