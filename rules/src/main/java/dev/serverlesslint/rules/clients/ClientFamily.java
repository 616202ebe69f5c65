package dev.serverlesslint.rules.clients;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.serverlesslint.rules.java.Imports;

import java.util.Optional;
import java.util.Set;

/**
 * The client libraries whose timeouts SL107 knows, with the settings that bound a call and the
 * builder steps that carry configuration (when such a step gets a value the linter cannot see,
 * the client may well be configured, so nothing is reported).
 */
enum ClientFamily {
    SDK_V2("AWS SDK v2 client",
            Set.of("apiCallTimeout", "apiCallAttemptTimeout", "socketTimeout", "readTimeout", "writeTimeout",
                    "connectionTimeout"),
            Set.of("overrideConfiguration", "httpClient", "httpClientBuilder"),
            "set overrideConfiguration(c -> c.apiCallTimeout(..).apiCallAttemptTimeout(..))"),
    /**
     * The DynamoDB enhanced client built without a client of its own ({@code create()}, or a builder with no
     * {@code dynamoDbClient(..)}): it builds a default {@code DynamoDbClient}, with no timeouts, inside.
     */
    SDK_V2_ENHANCED("AWS SDK v2 enhanced client (it builds a default DynamoDbClient inside)",
            Set.of(),
            Set.of("dynamoDbClient"),
            "build it with DynamoDbEnhancedClient.builder().dynamoDbClient(..) from a DynamoDbClient that sets "
                    + "overrideConfiguration(c -> c.apiCallTimeout(..).apiCallAttemptTimeout(..))"),
    SDK_V1("AWS SDK v1 client",
            Set.of("withRequestTimeout", "setRequestTimeout", "withClientExecutionTimeout",
                    "setClientExecutionTimeout", "withSocketTimeout", "setSocketTimeout"),
            Set.of("withClientConfiguration", "setClientConfiguration"),
            "pass a ClientConfiguration with withRequestTimeout(..) and withClientExecutionTimeout(..)"),
    JAVA_HTTP("java.net.http client",
            Set.of("connectTimeout"),
            Set.of(),
            "use HttpClient.newBuilder().connectTimeout(..) and set timeout(..) on each HttpRequest"),
    OKHTTP("OkHttp client",
            Set.of("callTimeout"),
            Set.of(),
            "use new OkHttpClient.Builder().callTimeout(..)"),
    APACHE_HTTP("Apache HttpClient",
            Set.of("setConnectTimeout", "setSocketTimeout", "setResponseTimeout", "setSoTimeout",
                    "setConnectionRequestTimeout"),
            Set.of("setDefaultRequestConfig", "setDefaultSocketConfig", "setConnectionManager"),
            "use HttpClients.custom().setDefaultRequestConfig(RequestConfig.custom()"
                    + ".setConnectTimeout(..).setSocketTimeout(..).build())");

    private static final String SDK_V2_SERVICES = "software.amazon.awssdk.services.";
    private static final Set<String> ENHANCED_CLIENTS = Set.of("DynamoDbEnhancedClient", "DynamoDbEnhancedAsyncClient");

    private final String label;
    private final Set<String> timeoutSettings;
    private final Set<String> configurationSteps;
    private final String remedy;

    ClientFamily(String label, Set<String> timeoutSettings, Set<String> configurationSteps, String remedy) {
        this.label = label;
        this.timeoutSettings = timeoutSettings;
        this.configurationSteps = configurationSteps;
        this.remedy = remedy;
    }

    String label() {
        return label;
    }

    Set<String> timeoutSettings() {
        return timeoutSettings;
    }

    Set<String> configurationSteps() {
        return configurationSteps;
    }

    String remedy() {
        return remedy;
    }

    /** The family of a client creation that {@link HeavyInitCatalog} found, if it is one SL107 checks. */
    static Optional<ClientFamily> of(HeavyInitCatalog.HeavyInit init, CompilationUnit unit) {
        Expression expression = init.expression();
        if (expression instanceof ObjectCreationExpr creation) {
            String type = creation.getType().getNameAsString();
            if (type.equals("OkHttpClient") && Imports.importsFrom(unit, "okhttp3")) {
                return Optional.of(OKHTTP);
            }
            if (HeavyInitCatalog.isSdkV1ClientType(type) && Imports.importsFrom(unit, "com.amazonaws")) {
                return Optional.of(SDK_V1);
            }
            return Optional.empty();
        }
        Expression current = expression;
        while (current instanceof MethodCallExpr call && call.getScope().isPresent()) {
            Expression scope = call.getScope().get();
            Optional<String> rootType = typeName(scope);
            if (rootType.isPresent()) {
                if (ENHANCED_CLIENTS.contains(rootType.get()) && callsInChain(expression, "dynamoDbClient")) {
                    return Optional.empty(); // built on a DynamoDbClient of the project's: that client is checked
                }
                if (scope instanceof FieldAccessExpr qualified && HeavyInitCatalog.isSdkV2ClientType(rootType.get())
                        && !rootType.get().contains("Enhanced")
                        && qualified.toString().startsWith(SDK_V2_SERVICES)) {
                    return Optional.of(SDK_V2); // software.amazon.awssdk.services.s3.S3Client.create(), no import
                }
                return ofRoot(rootType.get(), unit);
            }
            current = scope;
        }
        if (current instanceof ObjectCreationExpr creation
                && creation.getType().asString().equals("OkHttpClient.Builder")
                && Imports.importsFrom(unit, "okhttp3")) {
            return Optional.of(OKHTTP);
        }
        return Optional.empty();
    }

    private static boolean callsInChain(Expression terminal, String method) {
        Expression current = terminal;
        while (current instanceof MethodCallExpr call) {
            if (call.getNameAsString().equals(method)) {
                return true;
            }
            current = call.getScope().orElse(null);
        }
        return false;
    }

    private static Optional<ClientFamily> ofRoot(String type, CompilationUnit unit) {
        if (type.equals("HttpClient")) {
            return Imports.importsType(unit, "java.net.http", "HttpClient") ? Optional.of(JAVA_HTTP) : Optional.empty();
        }
        if (type.equals("HttpClients") || type.equals("HttpClientBuilder")) {
            return Imports.importsFrom(unit, "org.apache.http") || Imports.importsFrom(unit, "org.apache.hc")
                    ? Optional.of(APACHE_HTTP) : Optional.empty();
        }
        if (HeavyInitCatalog.isSdkV1BuilderType(type)) {
            return Imports.importsFrom(unit, "com.amazonaws") ? Optional.of(SDK_V1) : Optional.empty();
        }
        if (ENHANCED_CLIENTS.contains(type)) {
            return Imports.importsFrom(unit, "software.amazon.awssdk.enhanced") ? Optional.of(SDK_V2_ENHANCED)
                    : Optional.empty();
        }
        if (HeavyInitCatalog.isSdkV2ClientType(type) && !type.contains("Enhanced") && isSdkV2Import(unit, type)) {
            return Optional.of(SDK_V2);
        }
        return Optional.empty();
    }

    private static boolean isSdkV2Import(CompilationUnit unit, String type) {
        Optional<String> qualified = Imports.qualifiedName(unit, type);
        if (qualified.isPresent()) {
            return qualified.get().startsWith(SDK_V2_SERVICES);
        }
        for (ImportDeclaration declaration : unit.getImports()) {
            if (declaration.isAsterisk() && !declaration.isStatic()
                    && declaration.getNameAsString().startsWith(SDK_V2_SERVICES)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> typeName(Expression scope) {
        String name;
        if (scope instanceof NameExpr nameExpr) {
            name = nameExpr.getNameAsString();
        } else if (scope instanceof FieldAccessExpr access) {
            name = access.getNameAsString();
        } else {
            return Optional.empty();
        }
        return Character.isUpperCase(name.charAt(0)) ? Optional.of(name) : Optional.empty();
    }
}
