package dev.serverlesslint.core.requestpath;

import java.util.Set;

/**
 * What the configuration says about Spring Cloud Function on Lambda: whether the project deploys
 * functions through Spring's AWS adapter (a dependency on {@code spring-cloud-function-adapter-aws}, or a
 * function's handler string naming one of the adapter's handler classes), and which function beans the
 * functions select by name ({@code SPRING_CLOUD_FUNCTION_DEFINITION} in a function's environment, or
 * {@code spring.cloud.function.definition} in a module's {@code application.properties}/{@code .yml}).
 * Read from the configuration by the project model ({@code SpringFunctionConfiguration}); which Java
 * classes are those beans is decided on the sources ({@link SpringCloudFunctions}).
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

    public SpringFunctionDeployment {
        definitions = Set.copyOf(definitions);
    }
}
