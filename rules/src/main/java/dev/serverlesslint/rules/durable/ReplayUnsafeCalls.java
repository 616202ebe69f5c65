package dev.serverlesslint.rules.durable;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import dev.serverlesslint.core.java.JavaSymbols;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Expressions whose value or effect differs each time they run, so a durable handler that runs them outside
 * a durable operation takes another path on replay (the durable SDK's "Replay Safety"; AWS "Best practices
 * for Lambda durable functions"): clock reads, random values and UUIDs, and I/O (AWS SDK v2 client calls,
 * {@code HttpClient.send}, JDBC statements, {@code Files} reads and writes).
 */
final class ReplayUnsafeCalls {

    private static final Map<String, Set<String>> CLOCK = Map.of(
            "Instant", Set.of("now"), "LocalDateTime", Set.of("now"), "LocalDate", Set.of("now"),
            "LocalTime", Set.of("now"), "ZonedDateTime", Set.of("now"), "OffsetDateTime", Set.of("now"),
            "System", Set.of("currentTimeMillis", "nanoTime"), "Clock", Set.of("systemUTC", "systemDefaultZone"));
    private static final Map<String, Set<String>> RANDOM = Map.of(
            "UUID", Set.of("randomUUID"), "Math", Set.of("random"), "ThreadLocalRandom", Set.of("current"));
    private static final Set<String> RANDOM_TYPES = Set.of("Random", "SecureRandom", "SplittableRandom");
    private static final Set<String> FILES_IO = Set.of("readString", "readAllBytes", "readAllLines", "lines",
            "write", "writeString", "newInputStream", "newOutputStream", "newBufferedReader", "newBufferedWriter",
            "copy", "move", "delete", "deleteIfExists", "createFile", "list", "walk");
    private static final Set<String> JDBC_TYPES = Set.of("Statement", "PreparedStatement", "CallableStatement");
    private static final Set<String> JDBC_CALLS = Set.of("execute", "executeQuery", "executeUpdate", "executeBatch",
            "executeLargeUpdate");
    /** Calls on an SDK client that do not talk to the service. */
    private static final Set<String> CLIENT_LOCAL_CALLS = Set.of("close", "serviceName", "serviceClientConfiguration",
            "utilities", "waiter");

    private ReplayUnsafeCalls() {
    }

    /** What the expression does that differs between runs, for messages: "reads the clock (Instant.now())". */
    static Optional<String> describe(Expression expression, JavaSymbols symbols) {
        if (expression instanceof ObjectCreationExpr creation) {
            String type = creation.getType().getNameAsString();
            if (RANDOM_TYPES.contains(type)) {
                return Optional.of("creates a random generator (new " + type + "(..))");
            }
            if (type.equals("Date") && creation.getArguments().isEmpty()) {
                return Optional.of("reads the clock (new Date())");
            }
            return Optional.empty();
        }
        if (!(expression instanceof MethodCallExpr call) || call.getScope().isEmpty()) {
            return Optional.empty();
        }
        Expression scope = call.getScope().get();
        String name = call.getNameAsString();
        if (scope instanceof NameExpr type) {
            String owner = type.getNameAsString();
            if (CLOCK.getOrDefault(owner, Set.of()).contains(name) && symbols.local(owner, type).isEmpty()) {
                return Optional.of("reads the clock (" + owner + "." + name + "())");
            }
            if (RANDOM.getOrDefault(owner, Set.of()).contains(name) && symbols.local(owner, type).isEmpty()) {
                return Optional.of("draws a random value (" + owner + "." + name + "())");
            }
            if (owner.equals("Files") && FILES_IO.contains(name) && symbols.local(owner, type).isEmpty()) {
                return Optional.of("does file I/O (Files." + name + "(..))");
            }
        }
        Optional<String> receiverType = symbols.declaredType(scope).flatMap(ReplayUnsafeCalls::simpleName);
        if (receiverType.isEmpty()) {
            return Optional.empty();
        }
        String type = receiverType.get();
        if (type.endsWith("Client") && !type.equals("HttpClient") && !CLIENT_LOCAL_CALLS.contains(name)
                && !name.startsWith("builder")) {
            return Optional.of("calls a service (" + type + "." + name + "(..))");
        }
        if (type.equals("HttpClient") && (name.equals("send") || name.equals("sendAsync"))) {
            return Optional.of("calls over HTTP (HttpClient." + name + "(..))");
        }
        if (JDBC_TYPES.contains(type) && JDBC_CALLS.contains(name)) {
            return Optional.of("runs a database statement (" + type + "." + name + "(..))");
        }
        if (RANDOM_TYPES.contains(type)) {
            return Optional.of("draws a random value (" + type + "." + name + "(..))");
        }
        return Optional.empty();
    }

    private static Optional<String> simpleName(Type type) {
        return type instanceof ClassOrInterfaceType classType ? Optional.of(classType.getNameAsString()) : Optional.empty();
    }
}
