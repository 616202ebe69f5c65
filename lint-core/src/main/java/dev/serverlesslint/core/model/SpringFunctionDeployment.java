package dev.serverlesslint.core.model;

import dev.serverlesslint.core.config.ConfigValue;
import dev.serverlesslint.core.packaging.ApplicationProperties;
import dev.serverlesslint.core.packaging.ProjectDependency;
import dev.serverlesslint.core.packaging.ProjectPackaging;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the configuration says about Spring Cloud Function on Lambda: whether the project deploys
 * functions through Spring's AWS adapter (a dependency on {@code spring-cloud-function-adapter-aws}, or a
 * function's handler string naming one of the adapter's handler classes), and which function beans the
 * functions select by name ({@code SPRING_CLOUD_FUNCTION_DEFINITION} in a function's environment, or
 * {@code spring.cloud.function.definition} in a module's {@code application.properties}/{@code .yml}).
 * Which Java classes are those beans is decided on the sources by the request-path model.
 *
 * @param adapterConfigured whether a dependency or a handler string shows the adapter
 * @param definitions       the bean names the functions select; empty when none names one
 */
public record SpringFunctionDeployment(boolean adapterConfigured, Set<String> definitions) {

    /** The adapter's handler classes (simple names) that run a function bean. */
    public static final Set<String> ADAPTER_HANDLERS = Set.of("FunctionInvoker", "SpringBootRequestHandler",
            "SpringBootStreamHandler", "SpringBootApiGatewayRequestHandler", "SpringBootKinesisEventHandler");
    /** No adapter, no definition. */
    public static final SpringFunctionDeployment NONE = new SpringFunctionDeployment(false, Set.of());

    private static final String ADAPTER_ARTIFACT = "spring-cloud-function-adapter-aws";
    private static final String DEFINITION_VARIABLE = "SPRING_CLOUD_FUNCTION_DEFINITION";
    private static final String DEFINITION_PROPERTY = "spring.cloud.function.definition";

    public SpringFunctionDeployment {
        definitions = Set.copyOf(definitions);
    }

    static SpringFunctionDeployment of(ProjectPackaging packaging, Collection<LambdaFunction> functions,
                                       Collection<HandlerReference> references) {
        boolean adapter = packaging.dependencies().stream().map(ProjectDependency::artifactId)
                .anyMatch(ADAPTER_ARTIFACT::equals)
                || references.stream().map(HandlerReference::simpleClassName).anyMatch(ADAPTER_HANDLERS::contains);
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
