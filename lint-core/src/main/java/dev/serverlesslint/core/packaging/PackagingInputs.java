package dev.serverlesslint.core.packaging;

import java.nio.file.Path;
import java.util.List;

/**
 * What the build tool knows about the deployment package, given to the engine with the request.
 *
 * @param artifacts            built jars or zips to measure (CLI {@code --artifact}, the plugin's packaged artifact);
 *                             artifacts declared in configuration under the root are found by the engine itself
 * @param dependencies         the resolved runtime dependencies (empty in the CLI)
 * @param dependenciesResolved {@code dependencies} is the resolved set; otherwise the engine reads {@code pom.xml} files
 * @param modulePom            root-relative path of the {@code pom.xml} whose module {@code dependencies} belong to
 *                             (the root's own, unless the plugin lints a module from the reactor's root)
 */
public record PackagingInputs(List<Path> artifacts, List<ResolvedDependency> dependencies,
                              boolean dependenciesResolved, String modulePom) {

    public static final String ROOT_POM = "pom.xml";

    public static final PackagingInputs NONE = new PackagingInputs(List.of(), List.of(), false);

    public PackagingInputs {
        artifacts = List.copyOf(artifacts);
        dependencies = List.copyOf(dependencies);
        modulePom = modulePom == null ? ROOT_POM : modulePom;
    }

    /** Dependencies of the root's module. */
    public PackagingInputs(List<Path> artifacts, List<ResolvedDependency> dependencies, boolean dependenciesResolved) {
        this(artifacts, dependencies, dependenciesResolved, ROOT_POM);
    }

    public static PackagingInputs artifacts(List<Path> files) {
        return new PackagingInputs(files, List.of(), false);
    }
}
