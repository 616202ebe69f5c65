package dev.serverlesslint.rules.packaging;

import dev.serverlesslint.core.config.ConfigDocument;
import dev.serverlesslint.core.model.ProjectModel;
import dev.serverlesslint.core.packaging.ProjectDependency;

import java.util.List;

/**
 * Whether a module deploys Lambda functions: it depends on a Lambda runtime library or adapter,
 * or a configuration file declaring functions lives in its directory tree. Dependencies of other
 * modules (a plain library, the build's own tooling) are not this linter's business.
 */
final class LambdaModules {

    private LambdaModules() {
    }

    static boolean isLambdaModule(String pomPath, List<ProjectDependency> dependencies, ProjectModel model) {
        if (dependencies.stream().anyMatch(LambdaModules::isLambdaLibrary)) {
            return true;
        }
        String directory = pomPath == null ? "" : pomPath.substring(0, pomPath.length() - "pom.xml".length());
        for (ConfigDocument document : model.configDocuments()) {
            if (document.path().startsWith(directory) && !model.functionsOf(document).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLambdaLibrary(ProjectDependency dependency) {
        String group = dependency.groupId();
        String artifact = dependency.artifactId();
        return (group.equals("com.amazonaws") && artifact.startsWith("aws-lambda-java-"))
                || group.equals("com.amazonaws.serverless")
                || artifact.equals("spring-cloud-function-adapter-aws")
                || (group.equals("io.quarkus") && artifact.startsWith("quarkus-amazon-lambda"))
                || (group.startsWith("io.micronaut") && artifact.startsWith("micronaut-function-aws"));
    }
}
