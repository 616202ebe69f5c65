package dev.serverlesslint.core.model;

import dev.serverlesslint.core.config.ConfigDocument;
import dev.serverlesslint.core.packaging.PomFile;
import dev.serverlesslint.core.packaging.ProjectDependency;
import dev.serverlesslint.core.packaging.ProjectPackaging;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which Maven modules of the project are deployed to Lambda, and so which code the code rules judge.
 * A module is deployed when it depends on a Lambda runtime library or adapter, declares a handler,
 * holds a configuration file that declares functions, is the directory a function's {@code CodeUri}
 * names (or lies inside it), or is a dependency of a deployed module. Code outside every module (no
 * {@code pom.xml} above it) counts as deployed: nothing says otherwise. A module with none of these,
 * such as a Spring Boot web application next to the functions, is not Lambda code.
 */
public final class LambdaModules {

    private final Map<String, PomFile> pomsByDirectory = new HashMap<>();
    private final Set<String> deployedPoms = new LinkedHashSet<>();

    /**
     * @param packaging     the project's {@code pom.xml} files, and the resolved dependencies when the build gave them
     * @param documents     the configuration files, with the functions each declares
     * @param handlerFiles  root-relative paths of the Java files that declare handlers
     */
    public LambdaModules(ProjectPackaging packaging, Map<ConfigDocument, List<LambdaFunction>> documents,
                         Collection<String> handlerFiles) {
        List<PomFile> poms = packaging.poms();
        for (PomFile pom : poms) {
            pomsByDirectory.put(directoryOf(pom.path()), pom);
        }
        Deque<PomFile> queue = new ArrayDeque<>();
        for (PomFile pom : poms) {
            if (pom.dependencies().stream().filter(ProjectDependency::isRuntime).anyMatch(LambdaModules::isLambdaLibrary)
                    || declaresFunctions(directoryOf(pom.path()), documents)) {
                queue.add(pom);
            }
        }
        handlerFiles.forEach(path -> moduleOf(path).ifPresent(queue::add));
        if (packaging.dependenciesResolved()
                && packaging.dependencies().stream().filter(ProjectDependency::isRuntime).anyMatch(LambdaModules::isLambdaLibrary)) {
            moduleOf("pom.xml").ifPresent(queue::add); // the build's module, whose resolved class path has a Lambda library
        }
        documents.values().forEach(functions -> functions.forEach(function -> FunctionCode.codeDirectory(function)
                .ifPresent(directory -> poms.stream()
                        .filter(pom -> isWithin(directoryOf(pom.path()), directory))
                        .forEach(queue::add))));
        Map<String, List<PomFile>> byArtifact = new HashMap<>();
        poms.stream().filter(pom -> pom.artifactId() != null)
                .forEach(pom -> byArtifact.computeIfAbsent(pom.artifactId(), a -> new java.util.ArrayList<>()).add(pom));
        while (!queue.isEmpty()) {
            PomFile pom = queue.poll();
            if (deployedPoms.add(pom.path())) {
                for (ProjectDependency dependency : pom.dependencies()) {
                    if (dependency.isRuntime()) {
                        queue.addAll(byArtifact.getOrDefault(dependency.artifactId(), List.of()));
                    }
                }
            }
        }
    }

    /** Whether the Java file at this root-relative path is in a module deployed to Lambda (or in no module). */
    public boolean isDeployed(String path) {
        return moduleOf(path).map(pom -> deployedPoms.contains(pom.path())).orElse(true);
    }

    /** Whether the module of this {@code pom.xml} is deployed to Lambda. */
    public boolean isDeployedModule(String pomPath) {
        return deployedPoms.contains(pomPath) || !pomsByDirectory.containsKey(directoryOf(pomPath));
    }

    /** A Lambda runtime library or framework adapter: a module that has one builds functions. */
    public static boolean isLambdaLibrary(ProjectDependency dependency) {
        String group = dependency.groupId();
        String artifact = dependency.artifactId();
        return (group.equals("com.amazonaws") && artifact.startsWith("aws-lambda-java-"))
                || group.equals("com.amazonaws.serverless")
                || group.equals("software.amazon.lambda")
                || artifact.equals("spring-cloud-function-adapter-aws")
                || (group.equals("io.quarkus") && artifact.startsWith("quarkus-amazon-lambda"))
                || (group.startsWith("io.micronaut") && artifact.startsWith("micronaut-function-aws"));
    }

    private static boolean declaresFunctions(String directory, Map<ConfigDocument, List<LambdaFunction>> documents) {
        return documents.entrySet().stream()
                .anyMatch(e -> !e.getValue().isEmpty() && isWithin(e.getKey().path(), directory));
    }

    /** The module whose directory is the closest ancestor of the path. */
    private java.util.Optional<PomFile> moduleOf(String path) {
        String directory = directoryOf(path);
        while (true) {
            PomFile pom = pomsByDirectory.get(directory);
            if (pom != null) {
                return java.util.Optional.of(pom);
            }
            if (directory.isEmpty()) {
                return java.util.Optional.empty();
            }
            directory = directoryOf(directory.substring(0, directory.length() - 1));
        }
    }

    /** {@code a/b/} for {@code a/b/pom.xml}, {@code ""} for a file at the root. */
    private static String directoryOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash + 1);
    }

    /** Whether {@code path} is {@code directory} or lies under it ({@code directory} with or without a trailing slash). */
    private static boolean isWithin(String path, String directory) {
        if (directory.isEmpty() || directory.equals(".")) {
            return true;
        }
        String prefix = directory.endsWith("/") ? directory : directory + "/";
        return path.startsWith(prefix) || (path + "/").equals(prefix);
    }
}
