package dev.serverlesslint.rules.timeouts;

import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import dev.serverlesslint.rules.java.Names;
import dev.serverlesslint.rules.java.VariableLookup;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A client timeout set in code with a value the linter can compute: {@code apiCallTimeout(Duration.ofSeconds(30))},
 * {@code callTimeout(30, TimeUnit.SECONDS)}, {@code withRequestTimeout(30_000)} (milliseconds),
 * {@code setResponseTimeout(Timeout.ofSeconds(30))}; constants of the same file are followed.
 *
 * @param call    the setter call
 * @param setting the setter's name
 * @param millis  the timeout in milliseconds
 */
record ClientTimeoutSetting(MethodCallExpr call, String setting, long millis) {

    /** Setters taking a duration (a {@code Duration}, an Apache {@code Timeout}, or an amount and a {@code TimeUnit}). */
    private static final Set<String> DURATION_SETTERS = Set.of("apiCallTimeout", "apiCallAttemptTimeout",
            "socketTimeout", "readTimeout", "writeTimeout", "connectionTimeout", "connectTimeout", "callTimeout",
            "connectionAcquisitionTimeout", "timeout", "setResponseTimeout", "setConnectTimeout", "setSocketTimeout",
            "setConnectionRequestTimeout", "setSoTimeout");

    /** Setters taking whole milliseconds: SDK v1 ClientConfiguration, Apache 4 RequestConfig, URLConnection. */
    private static final Set<String> MILLISECOND_SETTERS = Set.of("withRequestTimeout", "withClientExecutionTimeout",
            "withSocketTimeout", "withConnectionTimeout", "setRequestTimeout", "setClientExecutionTimeout",
            "setSocketTimeout", "setConnectTimeout", "setConnectionTimeout", "setReadTimeout",
            "setConnectionRequestTimeout");

    private static final Map<String, Long> UNIT_MILLIS = Map.of(
            "MILLISECONDS", 1L, "MILLIS", 1L, "SECONDS", 1_000L, "MINUTES", 60_000L, "HOURS", 3_600_000L);

    private static final Map<String, Long> FACTORY_MILLIS = Map.of(
            "ofMillis", 1L, "ofMilliseconds", 1L, "ofSeconds", 1_000L, "ofMinutes", 60_000L, "ofHours", 3_600_000L);

    private static final int MAX_DEPTH = 3;

    static Optional<ClientTimeoutSetting> of(MethodCallExpr call) {
        String name = call.getNameAsString();
        if (call.getArguments().size() == 1) {
            Expression argument = call.getArgument(0);
            if (DURATION_SETTERS.contains(name)) {
                Optional<Long> duration = durationMillis(argument, 0);
                if (duration.isPresent()) {
                    return Optional.of(new ClientTimeoutSetting(call, name, duration.get()));
                }
            }
            if (MILLISECOND_SETTERS.contains(name)) {
                return number(argument, 0).map(millis -> new ClientTimeoutSetting(call, name, millis));
            }
            return Optional.empty();
        }
        if (call.getArguments().size() == 2 && DURATION_SETTERS.contains(name)) {
            Optional<Long> amount = number(call.getArgument(0), 0);
            Optional<Long> unit = unitMillis(call.getArgument(1));
            if (amount.isPresent() && unit.isPresent()) {
                return Optional.of(new ClientTimeoutSetting(call, name, amount.get() * unit.get()));
            }
        }
        return Optional.empty();
    }

    /** {@code 30 s} or {@code 1500 ms}. */
    String describeValue() {
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    private static Optional<Long> durationMillis(Expression expression, int depth) {
        if (depth > MAX_DEPTH) {
            return Optional.empty();
        }
        if (expression instanceof NameExpr || expression instanceof FieldAccessExpr) {
            return constant(expression).flatMap(value -> durationMillis(value, depth + 1));
        }
        if (!(expression instanceof MethodCallExpr call) || !(call.getScope().orElse(null) instanceof NameExpr scope)) {
            return Optional.empty();
        }
        String type = scope.getNameAsString();
        if (!type.equals("Duration") && !type.equals("Timeout")) {
            return Optional.empty();
        }
        Long factor = FACTORY_MILLIS.get(call.getNameAsString());
        if (factor != null && call.getArguments().size() == 1) {
            return number(call.getArgument(0), depth + 1).map(amount -> amount * factor);
        }
        if (call.getNameAsString().equals("of") && call.getArguments().size() == 2) {
            Optional<Long> amount = number(call.getArgument(0), depth + 1);
            Optional<Long> unit = unitMillis(call.getArgument(1));
            if (amount.isPresent() && unit.isPresent()) {
                return Optional.of(amount.get() * unit.get());
            }
        }
        return Optional.empty();
    }

    /** {@code TimeUnit.SECONDS}, {@code ChronoUnit.SECONDS}. */
    private static Optional<Long> unitMillis(Expression expression) {
        if (expression instanceof FieldAccessExpr access) {
            String scope = Names.lastName(access.getScope());
            if (scope.endsWith("TimeUnit") || scope.endsWith("ChronoUnit")) {
                return Optional.ofNullable(UNIT_MILLIS.get(access.getNameAsString()));
            }
        }
        return Optional.empty();
    }

    private static Optional<Long> number(Expression expression, int depth) {
        if (expression instanceof IntegerLiteralExpr || expression instanceof LongLiteralExpr) {
            try {
                String text = ((com.github.javaparser.ast.expr.LiteralStringValueExpr) expression).getValue()
                        .replace("_", "").replaceAll("[lL]$", "");
                return Optional.of(Long.parseLong(text));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        if (depth < MAX_DEPTH && expression instanceof NameExpr) {
            return constant(expression).flatMap(value -> number(value, depth + 1));
        }
        return Optional.empty();
    }

    /** The initializer of a final field or local of this file. */
    private static Optional<Expression> constant(Expression reference) {
        return VariableLookup.resolve(reference)
                .filter(declaration -> !declaration.field() || declaration.declaration().getParentNode()
                        .filter(FieldDeclaration.class::isInstance)
                        .map(parent -> ((FieldDeclaration) parent).isFinal()).orElse(false))
                .flatMap(VariableLookup.Declaration::initializer);
    }
}
