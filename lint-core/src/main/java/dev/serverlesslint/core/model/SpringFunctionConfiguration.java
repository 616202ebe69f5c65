package dev.serverlesslint.core.model;

import dev.serverlesslint.core.config.ConfigValue;
import dev.serverlesslint.core.packaging.ApplicationProperties;
import dev.serverlesslint.core.packaging.ProjectDependency;
import dev.serverlesslint.core.packaging.ProjectPackaging;
import dev.serverlesslint.core.requestpath.SpringFunctionDeployment;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads how functions deploy Spring Cloud Function beans from the dependencies, the functions and the
 * modules' Spring Boot application properties.
 */
final class SpringFunctionConfiguration {

    private static final String ADAPTER_ARTIFACT = "spring-cloud-function-adapter-aws";
    private static final String DEFINITION_VARIABLE = "SPRING_CLOUD_FUNCTION_DEFINITION";
    private static final String DEFINITION_PROPERTY = "spring.cloud.function.definition";

    private SpringFunctionConfiguration() {
    }

    static SpringFunctionDeployment of(ProjectPackaging packaging, Collection<LambdaFunction> functions,
                                       Collection<HandlerReference> references) {
        boolean adapter = packaging.dependencies().stream().map(ProjectDependency::artifactId)
                .anyMatch(ADAPTER_ARTIFACT::equals)
                || references.stream().map(HandlerReference::simpleClassName)
                        .anyMatch(SpringFunctionDeployment.ADAPTER_HANDLERS::contains);
        Set<String> names = new LinkedHashSet<>();
        for (LambdaFunction function : functions) {
            for (ConfigValue.Entry variable : function.environmentVariables()) {
                if (variable.name().equals(DEFINITION_VARIABLE)) {
                    variable.value().asLiteralText().ifPresent(text -> names.addAll(beanNames(text)));
                }
            }
        }
        for (ApplicationProperties properties : packaging.applicationProperties()) {
            properties.get(DEFINITION_PROPERTY).ifPresent(setting -> names.addAll(beanNames(setting.value())));
        }
        return new SpringFunctionDeployment(adapter, names);
    }

    /** The bean names of a definition: {@code a|b} composes two functions, {@code a;b} or {@code a,b} lists them. */
    static List<String> beanNames(String definition) {
        return java.util.Arrays.stream(definition.split("[|;,]")).map(String::trim).filter(n -> !n.isEmpty()).toList();
    }
}
