package dev.serverlesslint.rules.clients;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.FieldAccessExpr;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises expressions that do expensive one-time initialisation: SDK and HTTP clients, JDBC
 * connections, JSON mappers, dependency-injection containers, reflection bootstraps. Matching is
 * syntactic, on the outermost expression only (the {@code build()} of a builder chain, not each
 * step), so each creation is found once.
 */
public final class HeavyInitCatalog {

    /** What was found: a short description for messages, e.g. {@code DynamoDbClient.builder()...build()}. */
    public record HeavyInit(Expression expression, String description, String kind) {
    }

    /** Static factory calls that create a heavy object directly: type name -> method names. */
    private static final Map<String, Set<String>> DIRECT_FACTORIES = Map.ofEntries(
            Map.entry("HttpClient", Set.of("newHttpClient")),
            Map.entry("HttpClients", Set.of("createDefault", "createSystem", "createMinimal")),
            Map.entry("DriverManager", Set.of("getConnection")),
            Map.entry("SpringApplication", Set.of("run")),
            Map.entry("Guice", Set.of("createInjector")),
            Map.entry("Class", Set.of("forName")),
            Map.entry("JAXBContext", Set.of("newInstance")));

    /** Constructors of heavy objects, by simple type name. */
    private static final Map<String, String> HEAVY_CONSTRUCTORS = Map.of(
            "OkHttpClient", "HTTP client",
            "ObjectMapper", "JSON mapper",
            "XmlMapper", "XML mapper",
            "Gson", "JSON mapper",
            "AnnotationConfigApplicationContext", "Spring application context",
            "ClassPathXmlApplicationContext", "Spring application context");

    /** Builder entry points: type name -> methods that start a builder chain ending in build()/create(). */
    private static final Map<String, Set<String>> BUILDER_ROOTS = Map.of(
            "HttpClient", Set.of("newBuilder"),
            "HttpClients", Set.of("custom"),
            "HttpClientBuilder", Set.of("create"),
            "HttpAsyncClients", Set.of("custom"),
            "JsonMapper", Set.of("builder"),
            "XmlMapper", Set.of("builder"));

    private HeavyInitCatalog() {
    }

    public static Optional<HeavyInit> match(Expression expression) {
        if (expression instanceof ObjectCreationExpr creation) {
            return matchConstructor(creation);
        }
        if (expression instanceof MethodCallExpr call) {
            return matchCall(call);
        }
        return Optional.empty();
    }

    private static Optional<HeavyInit> matchConstructor(ObjectCreationExpr creation) {
        String type = creation.getType().getNameAsString();
        String kind = HEAVY_CONSTRUCTORS.get(type);
        if (kind != null) {
            return Optional.of(new HeavyInit(creation, "new " + type + "()", kind));
        }
        if (isSdkV1ClientType(type)) {
            return Optional.of(new HeavyInit(creation, "new " + type + "()", "AWS SDK client"));
        }
        return Optional.empty();
    }

    private static Optional<HeavyInit> matchCall(MethodCallExpr call) {
        String method = call.getNameAsString();
        Optional<String> scopeType = call.getScope().flatMap(HeavyInitCatalog::typeName);
        if (scopeType.isPresent()) {
            String type = scopeType.get();
            if (DIRECT_FACTORIES.getOrDefault(type, Set.of()).contains(method)) {
                return Optional.of(new HeavyInit(call, type + "." + method + "()", kindOfFactory(type)));
            }
            if (method.equals("create") && isSdkV2ClientType(type)) {
                return Optional.of(new HeavyInit(call, type + ".create()", "client"));
            }
            if (method.equals("defaultClient") && isSdkV1BuilderType(type)) {
                return Optional.of(new HeavyInit(call, type + ".defaultClient()", "AWS SDK client"));
            }
        }
        if (method.equals("build") || method.equals("create")) {
            return matchBuilderChain(call);
        }
        return Optional.empty();
    }

    /** {@code X.builder()...build()}, {@code AmazonXClientBuilder.standard()...build()}, {@code new GsonBuilder()...create()}. */
    private static Optional<HeavyInit> matchBuilderChain(MethodCallExpr terminal) {
        Expression current = terminal.getScope().orElse(null);
        int steps = 0;
        while (current instanceof MethodCallExpr step) {
            Optional<String> rootType = step.getScope().flatMap(HeavyInitCatalog::typeName);
            if (rootType.isPresent() && isBuilderRoot(rootType.get(), step.getNameAsString())) {
                String root = rootType.get() + "." + step.getNameAsString() + "()";
                String description = root + (steps > 0 ? "..." : ".") + terminal.getNameAsString() + "()";
                return Optional.of(new HeavyInit(terminal, description, kindOfBuilder(rootType.get())));
            }
            current = step.getScope().orElse(null);
            steps++;
        }
        if (current instanceof ObjectCreationExpr creation) {
            String type = creation.getType().getNameAsString();
            String qualified = creation.getType().getScope().map(s -> s.getNameAsString() + ".").orElse("") + type;
            if (qualified.equals("OkHttpClient.Builder") || type.equals("GsonBuilder")) {
                String description = "new " + qualified + "()" + (steps > 0 ? "..." : ".")
                        + terminal.getNameAsString() + "()";
                return Optional.of(new HeavyInit(terminal, description,
                        type.equals("GsonBuilder") ? "JSON mapper" : "HTTP client"));
            }
        }
        return Optional.empty();
    }

    private static boolean isBuilderRoot(String type, String method) {
        if (BUILDER_ROOTS.getOrDefault(type, Set.of()).contains(method)) {
            return true;
        }
        return (method.equals("builder") && isSdkV2ClientType(type))
                || (method.equals("standard") && isSdkV1BuilderType(type));
    }

    /** SDK v2 clients: {@code DynamoDbClient}, {@code S3AsyncClient}, {@code DynamoDbEnhancedClient}... */
    static boolean isSdkV2ClientType(String type) {
        return type.endsWith("Client") && !type.equals("HttpClient") && Character.isUpperCase(type.charAt(0));
    }

    /** SDK v1 builders: {@code AmazonDynamoDBClientBuilder}, {@code AWSLambdaClientBuilder}... */
    static boolean isSdkV1BuilderType(String type) {
        return type.endsWith("ClientBuilder") && (type.startsWith("Amazon") || type.startsWith("AWS"));
    }

    /** SDK v1 client classes with public constructors: {@code AmazonDynamoDBClient}, {@code AWSLambdaClient}. */
    static boolean isSdkV1ClientType(String type) {
        return type.endsWith("Client") && (type.startsWith("Amazon") || type.startsWith("AWS"));
    }

    private static String kindOfFactory(String type) {
        return switch (type) {
            case "HttpClient", "HttpClients" -> "HTTP client";
            case "DriverManager" -> "JDBC connection";
            case "SpringApplication", "Guice" -> "dependency-injection container";
            default -> "reflective bootstrap";
        };
    }

    private static String kindOfBuilder(String type) {
        if (type.startsWith("Http")) {
            return "HTTP client";
        }
        if (type.endsWith("Mapper")) {
            return "JSON mapper";
        }
        return isSdkV1BuilderType(type) ? "AWS SDK client" : "client";
    }

    /** The simple type name a static call is made on: {@code S3Client} in {@code S3Client.create()}. */
    private static Optional<String> typeName(Expression scope) {
        String name;
        if (scope instanceof NameExpr nameExpr) {
            name = nameExpr.getNameAsString();
        } else if (scope instanceof FieldAccessExpr fieldAccess) {
            name = fieldAccess.getNameAsString(); // software.amazon...S3Client.create()
        } else {
            return Optional.empty();
        }
        return !name.isEmpty() && Character.isUpperCase(name.charAt(0)) ? Optional.of(name) : Optional.empty();
    }
}
