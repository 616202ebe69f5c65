package dev.serverlesslint.rules.database;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.finding.SourcePosition;
import dev.serverlesslint.core.java.JavaSource;
import dev.serverlesslint.core.model.LambdaFunction;
import dev.serverlesslint.core.model.ManagedInstances;
import dev.serverlesslint.core.rule.JavaRule;
import dev.serverlesslint.core.rule.RuleContext;
import dev.serverlesslint.core.rule.RuleCategory;
import dev.serverlesslint.core.rule.RuleDefinition;
import dev.serverlesslint.core.rule.RulePrecision;
import dev.serverlesslint.rules.java.HandlerFunctions;

import java.util.List;
import java.util.OptionalInt;

/**
 * SL220: a connection pool smaller than the number of requests an environment of a Lambda Managed
 * Instances function runs at once ({@code PerExecutionEnvironmentMaxConcurrency}, default 32 per vCPU for
 * Java: "Java runtime for Lambda Managed Instances", which recommends a connection pool for database access).
 */
@RuleDefinition(
        id = "SL220",
        name = "managed-instances-pool-too-small",
        severity = Severity.WARNING,
        category = RuleCategory.PERFORMANCE,
        precision = RulePrecision.MEDIUM,
        summary = "A connection pool in a function on Lambda Managed Instances is smaller than the requests one environment runs at once.",
        description = "On Lambda Managed Instances one execution environment runs up to "
                + "PerExecutionEnvironmentMaxConcurrency requests at the same time (32 per vCPU by default for "
                + "Java). The tiny pools that suit classic Lambda (one request per environment) make those "
                + "requests queue for a connection: latency grows with load and requests time out while the "
                + "database sits idle.",
        remediation = "Size the pool to the function's PerExecutionEnvironmentMaxConcurrency (or lower the "
                + "concurrency to what the database can take), and put RDS Proxy in front of the database when "
                + "many environments share it.")
public final class ManagedInstancesPoolTooSmallRule implements JavaRule {

    @Override
    public void check(JavaSource source, RuleContext context) {
        if (context.model().handlerReferences().isEmpty()) {
            return; // the concurrency comes from configuration
        }
        for (OversizedConnectionPoolRule.PoolSize pool : OversizedConnectionPoolRule.poolSizes(source)) {
            List<LambdaFunction> functions = pool.at().findAncestor(TypeDeclaration.class)
                    .map(type -> HandlerFunctions.reaching((TypeDeclaration<?>) type, context.model()))
                    .orElse(List.of());
            for (LambdaFunction function : functions) {
                if (function.managedInstances().isEmpty()) {
                    continue;
                }
                ManagedInstances lmi = function.managedInstances().get();
                OptionalInt concurrency = lmi.effectiveMaxConcurrency();
                if (concurrency.isPresent() && pool.size() < concurrency.getAsInt()) {
                    context.report(position(pool.at()), pool.setting() + " allows " + pool.size() + " connections, "
                            + "but function '" + function.name() + "' runs " + (lmi.isDefaultConcurrency()
                            ? "up to " + concurrency.getAsInt() + " requests at once per vCPU (the Java default)"
                            : "up to " + concurrency.getAsInt() + " requests at once (PerExecutionEnvironmentMaxConcurrency)")
                            + " in one environment on Lambda Managed Instances: requests queue for a connection. Size "
                            + "the pool to the concurrency, or lower the concurrency to what the database can take.",
                            function.name());
                    break;
                }
            }
        }
    }

    private static SourcePosition position(Node node) {
        return node.getBegin().map(p -> new SourcePosition(p.line, p.column)).orElse(SourcePosition.START);
    }
}
