package dev.serverlesslint.rules.database;

import dev.serverlesslint.core.java.JavaOutline;
import dev.serverlesslint.core.model.ProjectModel;
import dev.serverlesslint.core.packaging.ApplicationProperties;
import dev.serverlesslint.core.rule.ProjectRuleContext;

import java.util.Optional;
import java.util.Set;

/**
 * SL112 for the pool Spring Boot builds from a module's {@code application.properties}/{@code .yml}: with
 * {@code spring.datasource.url} set, Spring Boot's auto-configuration creates a HikariCP pool whose size
 * is {@code spring.datasource.hikari.maximum-pool-size}, Hikari's default of 10 when unset. Only modules
 * deployed to Lambda are checked. A missing size is not reported when the module's code builds a Hikari
 * pool itself (the code check judges that one) or {@code spring.datasource.type} names another pool.
 */
final class SpringDataSourceProperties {

    static final String MAXIMUM_POOL_SIZE = "spring.datasource.hikari.maximum-pool-size";
    private static final String URL = "spring.datasource.url";
    private static final String TYPE = "spring.datasource.type";
    /** Names in code that show the module configures its Hikari pool itself. */
    private static final Set<String> OWN_POOL_NAMES = Set.of("HikariConfig", "HikariDataSource", "setMaximumPoolSize");

    private SpringDataSourceProperties() {
    }

    static void check(ProjectModel model, ProjectRuleContext context, long limit) {
        if (!model.functions().isEmpty() && model.functions().stream().allMatch(f -> f.managedInstances().isPresent())) {
            return; // only Lambda Managed Instances here: an environment serves many requests at once (SL220)
        }
        for (ApplicationProperties properties : model.packaging().applicationProperties()) {
            if (!model.lambdaModules().isDeployed(properties.path())) {
                continue; // a module no function deploys (a web application next to the functions)
            }
            Optional<ApplicationProperties.Setting> size = properties.get(MAXIMUM_POOL_SIZE);
            if (size.isPresent()) {
                parse(size.get().value()).filter(n -> n > limit).ifPresent(n -> context.reportAt(properties.path(),
                        size.get().position(), OversizedConnectionPoolRule.tooLarge("Spring Boot property '"
                                + size.get().key() + "' = " + n, n, limit), null, null));
                continue;
            }
            Optional<ApplicationProperties.Setting> url = properties.get(URL);
            boolean hikari = properties.get(TYPE).map(type -> type.value().contains("Hikari")).orElse(true);
            if (url.isPresent() && hikari && OversizedConnectionPoolRule.HIKARI_DEFAULT_MAXIMUM > limit
                    && !buildsOwnPool(model, moduleDirectory(properties.path()))) {
                context.reportAt(properties.path(), url.get().position(), "Spring Boot builds a HikariCP pool for '"
                        + url.get().key() + "' without '" + MAXIMUM_POOL_SIZE + "', so it gets Hikari's default of "
                        + OversizedConnectionPoolRule.HIKARI_DEFAULT_MAXIMUM + " connections per Lambda environment, "
                        + "but an environment serves one request at a time; across many concurrent environments the "
                        + "connections add up and can exhaust the database. Set " + MAXIMUM_POOL_SIZE + " to " + limit
                        + " or less, and use RDS Proxy when many environments share the database.", null, null);
            }
        }
    }

    /** Whether Java code of the module (below this directory) names Hikari's own configuration. */
    private static boolean buildsOwnPool(ProjectModel model, String directory) {
        for (JavaOutline outline : model.javaOutlines()) {
            if (outline.path().startsWith(directory) && model.namesAny(outline, OWN_POOL_NAMES)) {
                return true;
            }
        }
        return false;
    }

    /** {@code a/} for {@code a/src/main/resources/application.properties}, {@code ""} at the root. */
    private static String moduleDirectory(String path) {
        int resources = path.lastIndexOf("src/main/resources/");
        return resources < 0 ? "" : path.substring(0, resources);
    }

    private static Optional<Long> parse(String text) {
        try {
            return Optional.of(Long.parseLong(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty(); // ${POOL_SIZE:5}: known only when the application starts
        }
    }
}
