package dev.serverlesslint.rules.database;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.finding.SourcePosition;
import dev.serverlesslint.core.java.JavaSource;
import dev.serverlesslint.core.rule.JavaRule;
import dev.serverlesslint.core.rule.ProjectRule;
import dev.serverlesslint.core.rule.ProjectRuleContext;
import dev.serverlesslint.core.model.ProjectModel;
import dev.serverlesslint.core.rule.RuleContext;
import dev.serverlesslint.core.rule.RuleCategory;
import dev.serverlesslint.core.rule.RuleDefinition;
import dev.serverlesslint.core.rule.RulePrecision;
import dev.serverlesslint.core.rule.RuleOption;
import dev.serverlesslint.core.rule.RuleOptionType;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.serverlesslint.core.model.LambdaFunction;
import dev.serverlesslint.rules.java.HandlerFunctions;
import dev.serverlesslint.rules.java.Imports;
import dev.serverlesslint.rules.java.VariableLookup;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/** SL112: a database connection pool sized for a server, in a Lambda function. */
@RuleDefinition(
        id = "SL112",
        name = "oversized-connection-pool",
        severity = Severity.WARNING,
        category = RuleCategory.RELIABILITY,
        precision = RulePrecision.MEDIUM,
        summary = "A database connection pool allows more connections than one Lambda environment can use.",
        description = "An execution environment handles one request at a time, so a pool in a Lambda "
                + "function rarely needs more than one or two connections. A larger maximum only lets "
                + "the pool keep idle connections open, and Lambda scales by adding environments: a "
                + "pool of 10 across 100 concurrent environments can hold 1,000 database connections "
                + "and exhaust the database's limit. Code used only by functions on Lambda Managed Instances, "
                + "where an environment serves many requests at once, is left to SL220. Spring Boot's "
                + "spring.datasource.hikari.maximum-pool-size in a deployed module's application.properties or "
                + "application.yml is checked too, and a spring.datasource.url without it gets Hikari's default of 10.",
        remediation = "Set the pool's maximum to 1 or 2 (HikariCP maximumPoolSize, c3p0 maxPoolSize, "
                + "DBCP maxTotal), and use RDS Proxy when many environments share one database.",
        options = @RuleOption(name = OversizedConnectionPoolRule.MAX_POOL_SIZE_OPTION, type = RuleOptionType.NUMBER,
                defaultValue = "2", description = "The largest pool maximum accepted; larger ones are reported."))
public final class OversizedConnectionPoolRule implements JavaRule, ProjectRule {

    /** The option naming the largest pool size accepted. */
    public static final String MAX_POOL_SIZE_OPTION = "maxPoolSize";
    private static final long DEFAULT_MAX_POOL_SIZE = 2;

    /** A pool library: the package it is imported from, its setters and the pool classes they are called on. */
    private record PoolLibrary(String name, String importPrefix, Set<String> setters, Set<String> poolTypes) {
    }

    // A list: a set would hash the records (slow to link at start-up) and iterate in no fixed order.
    private static final List<PoolLibrary> LIBRARIES = List.of(
            new PoolLibrary("HikariCP", "com.zaxxer.hikari", Set.of("setMaximumPoolSize"),
                    Set.of("HikariConfig", "HikariDataSource")),
            new PoolLibrary("c3p0", "com.mchange.v2.c3p0", Set.of("setMaxPoolSize"),
                    Set.of("ComboPooledDataSource")),
            new PoolLibrary("Commons DBCP", "org.apache.commons.dbcp2", Set.of("setMaxTotal"),
                    Set.of("BasicDataSource")),
            new PoolLibrary("Commons DBCP", "org.apache.commons.dbcp", Set.of("setMaxActive"),
                    Set.of("BasicDataSource")),
            new PoolLibrary("Tomcat JDBC pool", "org.apache.tomcat.jdbc.pool", Set.of("setMaxActive"),
                    Set.of("DataSource", "PoolProperties")));

    /** Pool-size keys of {@code Properties} given to HikariCP, c3p0 or Hibernate. */
    private static final Map<String, String> PROPERTY_KEYS = Map.of(
            "maximumPoolSize", "HikariCP",
            "dataSource.maximumPoolSize", "HikariCP",
            "hibernate.hikari.maximumPoolSize", "HikariCP",
            "spring.datasource.hikari.maximum-pool-size", "HikariCP",
            "hibernate.c3p0.max_size", "c3p0",
            "c3p0.maxPoolSize", "c3p0",
            "hibernate.connection.pool_size", "Hibernate");
    private static final Set<String> PROPERTY_SETTERS = Set.of("setProperty", "put");

    /** A pool maximum written in the code: where, what it is, and the number. */
    record PoolSize(Node at, String setting, long size) {
    }

    /** HikariCP's {@code maximumPoolSize} when nothing sets it (HikariConfig's documented default). */
    static final long HIKARI_DEFAULT_MAXIMUM = 10;

    /** The pool Spring Boot builds from a deployed module's application properties. */
    @Override
    public void check(ProjectModel model, ProjectRuleContext context) {
        SpringDataSourceProperties.check(model, context, context.options().number(MAX_POOL_SIZE_OPTION,
                DEFAULT_MAX_POOL_SIZE));
    }

    @Override
    public void check(JavaSource source, RuleContext context) {
        if (!context.model().lambdaModules().isDeployed(source.path())) {
            return; // a module no function deploys (a web application next to the functions)
        }
        long limit = context.options().number(MAX_POOL_SIZE_OPTION, DEFAULT_MAX_POOL_SIZE);
        for (PoolSize pool : poolSizes(source)) {
            if (pool.size() > limit && !onManagedInstancesOnly(pool.at(), context)) {
                report(context, pool.at(), pool.setting(), pool.size(), limit);
            }
        }
        if (HIKARI_DEFAULT_MAXIMUM > limit) {
            for (ObjectCreationExpr pool : hikariPoolsWithoutMaximum(source)) {
                if (!onManagedInstancesOnly(pool, context)) {
                    context.report(position(pool), "HikariCP pool new " + pool.getType().getNameAsString()
                            + "() is built without setMaximumPoolSize, so it gets Hikari's default of "
                            + HIKARI_DEFAULT_MAXIMUM + " connections per Lambda environment, but an environment "
                            + "serves one request at a time; across many concurrent environments the connections add "
                            + "up and can exhaust the database. Call setMaximumPoolSize(" + limit + ") or less, and "
                            + "use RDS Proxy when many environments share the database.");
                }
            }
        }
    }

    /**
     * {@code new HikariConfig()} / {@code new HikariDataSource()} (configured by setters) in a file that
     * sets no maximum pool size at all, by setter or property. A config built from properties or a file
     * ({@code new HikariConfig(props)}) may set it there: not reported.
     */
    private static List<ObjectCreationExpr> hikariPoolsWithoutMaximum(JavaSource source) {
        if (!Imports.importsFrom(source.unit(), "com.zaxxer.hikari")) {
            return List.of();
        }
        boolean setsMaximum = source.unit().findAll(MethodCallExpr.class).stream()
                .anyMatch(call -> call.getNameAsString().equals("setMaximumPoolSize"))
                || source.unit().findAll(StringLiteralExpr.class).stream()
                .anyMatch(literal -> "HikariCP".equals(PROPERTY_KEYS.get(literal.asString())));
        if (setsMaximum) {
            return List.of();
        }
        return source.unit().findAll(ObjectCreationExpr.class).stream()
                .filter(creation -> creation.getArguments().isEmpty() && creation.getAnonymousClassBody().isEmpty())
                .filter(creation -> Set.of("HikariConfig", "HikariDataSource").contains(creation.getType().getNameAsString()))
                .toList();
    }

    /** Every pool maximum the file sets literally (HikariCP, c3p0, DBCP, Tomcat setters and pool properties). */
    static List<PoolSize> poolSizes(JavaSource source) {
        List<PoolSize> sizes = new java.util.ArrayList<>();
        for (MethodCallExpr call : source.unit().findAll(MethodCallExpr.class)) {
            if (call.getArguments().size() == 1) {
                poolLibrary(call, source).ifPresent(library -> number(call.getArgument(0)).ifPresent(size ->
                        sizes.add(new PoolSize(call.getArgument(0), library + " " + call.getNameAsString()
                                + "(" + size + ")", size))));
            } else if (call.getArguments().size() == 2 && PROPERTY_SETTERS.contains(call.getNameAsString())
                    && call.getArgument(0) instanceof StringLiteralExpr key
                    && PROPERTY_KEYS.containsKey(key.asString())) {
                number(call.getArgument(1)).ifPresent(size -> sizes.add(new PoolSize(call.getArgument(1),
                        PROPERTY_KEYS.get(key.asString()) + " property '" + key.asString() + "' = " + size, size)));
            }
        }
        return sizes;
    }

    /**
     * Code that only functions on Lambda Managed Instances use: an environment there serves many requests
     * at once and needs a pool as large as its concurrency (SL220 checks that instead).
     */
    private static boolean onManagedInstancesOnly(Node at, RuleContext context) {
        List<LambdaFunction> functions = at.findAncestor(TypeDeclaration.class)
                .map(type -> HandlerFunctions.reaching((TypeDeclaration<?>) type, context.model()))
                .orElse(List.of());
        return !functions.isEmpty() && functions.stream().allMatch(f -> f.managedInstances().isPresent());
    }

    private static Optional<String> poolLibrary(MethodCallExpr call, JavaSource source) {
        for (PoolLibrary library : LIBRARIES) {
            if (!library.setters().contains(call.getNameAsString())
                    || !Imports.importsFrom(source.unit(), library.importPrefix())) {
                continue;
            }
            Optional<String> scopeType = call.getScope()
                    .flatMap(scope -> VariableLookup.resolve(scope).flatMap(VariableLookup.Declaration::typeName));
            // an unknown receiver is accepted for HikariCP's distinctive setter only
            boolean poolReceiver = scopeType.map(library.poolTypes()::contains)
                    .orElse(library.name().equals("HikariCP") && call.getScope().isPresent());
            if (poolReceiver) {
                return Optional.of(library.name());
            }
        }
        return Optional.empty();
    }

    /** A whole number written literally: {@code 10}, {@code 10L}, {@code "10"}. */
    private static Optional<Long> number(Expression expression) {
        String text;
        if (expression instanceof IntegerLiteralExpr integer) {
            text = integer.getValue();
        } else if (expression instanceof LongLiteralExpr longLiteral) {
            text = longLiteral.getValue();
        } else if (expression instanceof StringLiteralExpr string) {
            text = string.asString();
        } else if (expression instanceof NameExpr) {
            return VariableLookup.resolve(expression)
                    .filter(declaration -> !declaration.initializer().map(NameExpr.class::isInstance).orElse(true))
                    .flatMap(declaration -> number(declaration.initializer().get()));
        } else {
            return Optional.empty();
        }
        OptionalLong parsed = parse(text);
        return parsed.isPresent() ? Optional.of(parsed.getAsLong()) : Optional.empty();
    }

    private static OptionalLong parse(String text) {
        try {
            return OptionalLong.of(Long.parseLong(text.trim().replace("_", "").replaceAll("[lL]$", "")));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private static void report(RuleContext context, Node at, String setting, long size, long limit) {
        context.report(position(at), tooLarge(setting, size, limit));
    }

    static String tooLarge(String setting, long size, long limit) {
        return setting + " lets one Lambda environment hold up to " + size
                + " database connections, but an environment serves one request at a time; across many "
                + "concurrent environments the connections add up and can exhaust the database. Set the "
                + "maximum to " + limit + " or less, and use RDS Proxy when many environments share the database.";
    }

    private static SourcePosition position(Node node) {
        return node.getBegin().map(p -> new SourcePosition(p.line, p.column)).orElse(SourcePosition.START);
    }
}
