package dev.serverlesslint.core.packaging;

import java.util.List;

/**
 * What the project deploys: its measured artifacts and its modules' dependencies.
 *
 * @param artifacts            deployment artifacts found in configuration or given by the build
 * @param poms                 the {@code pom.xml} files under the scanned targets
 * @param dependencies         the resolved dependencies when the build gave them (positions point at the
 *                             declaring {@code pom.xml} line when found), else the declared ones of every pom
 * @param dependenciesResolved whether {@code dependencies} is a resolved set (transitives included)
 * @param modulePom            the {@code pom.xml} a resolved set belongs to (see {@link PackagingInputs#modulePom()})
 * @param applicationProperties the modules' Spring Boot {@code application.properties}/{@code .yml} files
 */
public record ProjectPackaging(List<PackagedArtifact> artifacts, List<PomFile> poms,
                               List<ProjectDependency> dependencies, boolean dependenciesResolved, String modulePom,
                               List<ApplicationProperties> applicationProperties) {

    public static final ProjectPackaging NONE = new ProjectPackaging(List.of(), List.of(), List.of(), false,
            PackagingInputs.ROOT_POM);

    public ProjectPackaging {
        artifacts = List.copyOf(artifacts);
        poms = List.copyOf(poms);
        dependencies = List.copyOf(dependencies);
        modulePom = modulePom == null ? PackagingInputs.ROOT_POM : modulePom;
        applicationProperties = List.copyOf(applicationProperties);
    }

    /** Packaging without application properties. */
    public ProjectPackaging(List<PackagedArtifact> artifacts, List<PomFile> poms,
                            List<ProjectDependency> dependencies, boolean dependenciesResolved, String modulePom) {
        this(artifacts, poms, dependencies, dependenciesResolved, modulePom, List.of());
    }
}
