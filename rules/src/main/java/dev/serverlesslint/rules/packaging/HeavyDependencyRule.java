package dev.serverlesslint.rules.packaging;

import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.model.LambdaModules;
import dev.serverlesslint.core.finding.SourcePosition;
import dev.serverlesslint.core.model.ProjectModel;
import dev.serverlesslint.core.packaging.ProjectDependency;
import dev.serverlesslint.core.rule.ProjectRule;
import dev.serverlesslint.core.rule.ProjectRuleContext;
import dev.serverlesslint.core.rule.RuleCategory;
import dev.serverlesslint.core.rule.RuleDefinition;
import dev.serverlesslint.core.rule.RulePrecision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** SL208: a Lambda module depends on a known heavy or cold-start-hostile artifact. */
@RuleDefinition(
        id = "SL208",
        name = "heavy-dependency",
        severity = Severity.WARNING,
        category = RuleCategory.PERFORMANCE,
        precision = RulePrecision.HIGH,
        summary = "A Lambda module depends on a known heavy or cold-start-hostile artifact.",
        description = "Some dependencies bring far more than a function uses: the whole AWS SDK instead of "
                + "the service modules, both SDK generations at once, an asynchronous Netty HTTP stack for "
                + "synchronous clients, a web framework with no Lambda adapter. Each megabyte is downloaded "
                + "and unpacked at every cold start, and the classes they load at startup add to its latency.",
        remediation = "Replace the dependency with the lighter alternative the finding names (listed in the "
                + "rule's data table), then rebuild and check the package size (SL207).")
public final class HeavyDependencyRule implements ProjectRule {

    private static final String SDK_V1_GROUP = "com.amazonaws";
    private static final String SDK_V2_GROUP = "software.amazon.awssdk";

    @Override
    public void check(ProjectModel model, ProjectRuleContext context) {
        HeavyDependencyCatalog catalog = HeavyDependencyCatalog.published();
        for (Map.Entry<String, List<ProjectDependency>> module : modules(model).entrySet()) {
            List<ProjectDependency> dependencies = module.getValue().stream()
                    .filter(ProjectDependency::isRuntime).toList();
            if (dependencies.stream().noneMatch(LambdaModules::isLambdaLibrary)
                    && !model.lambdaModules().isDeployedModule(module.getKey())) {
                continue;
            }
            Set<String> present = new LinkedHashSet<>();
            dependencies.forEach(d -> present.add(d.coordinates()));
            Set<String> reported = new LinkedHashSet<>();
            for (ProjectDependency dependency : dependencies) {
                catalog.find(dependency.coordinates())
                        .filter(entry -> applies(entry, present, model))
                        .filter(entry -> reported.add(entry.coordinates()))
                        .ifPresent(entry -> report(context, module.getKey(), dependency,
                                dependency.coordinates() + via(dependency) + " " + entry.reason()
                                        + "; use " + entry.alternative() + " instead."));
            }
            mixedSdkVersions(dependencies).ifPresent(v1 -> {
                ProjectDependency v2 = dependencies.stream().filter(HeavyDependencyRule::isSdkV2).findFirst().orElseThrow();
                report(context, module.getKey(), v1, "Both AWS SDK for Java v1 (" + v1.coordinates() + via(v1)
                        + ") and v2 (" + v2.coordinates() + via(v2) + ") are on the class path: two HTTP stacks, "
                        + "two credential chains and two sets of model classes to load at cold start. Migrate the "
                        + "v1 clients to their v2 service modules and remove the v1 dependency.");
            });
        }
    }

    /** Dependencies by declaring pom (resolved ones by the module's pom); document order kept. */
    private static Map<String, List<ProjectDependency>> modules(ProjectModel model) {
        Map<String, List<ProjectDependency>> modules = new LinkedHashMap<>();
        if (model.packaging().dependenciesResolved()) {
            modules.put(modulePom(model), model.packaging().dependencies());
            return modules;
        }
        for (ProjectDependency dependency : model.packaging().dependencies()) {
            modules.computeIfAbsent(dependency.pomPath(), p -> new ArrayList<>()).add(dependency);
        }
        return modules;
    }

    private static String modulePom(ProjectModel model) {
        return model.packaging().modulePom();
    }

    private static boolean applies(HeavyDependencyCatalog.Entry entry, Set<String> present, ProjectModel model) {
        if (entry.unlessAny().stream().anyMatch(present::contains)) {
            return false;
        }
        if (present.stream().anyMatch(coordinates -> entry.unlessGroups().contains(coordinates.split(":")[0]))) {
            return false;
        }
        if (entry.unlessJavaMentions() != null) {
            // Without the sources nothing tells whether asynchronous clients are used.
            return !model.javaOutlines().isEmpty()
                    && !model.anyJavaNameEndingWith(entry.unlessJavaMentions());
        }
        return true;
    }

    /**
     * The first SDK v1 dependency the module declares itself, when v2 is there too. A v1 that only comes
     * in through another library is not the module's to migrate.
     */
    private static Optional<ProjectDependency> mixedSdkVersions(List<ProjectDependency> dependencies) {
        if (dependencies.stream().noneMatch(HeavyDependencyRule::isSdkV2)) {
            return Optional.empty();
        }
        return dependencies.stream().filter(d -> d.direct() && isSdkV1(d)).findFirst();
    }

    private static boolean isSdkV1(ProjectDependency dependency) {
        return dependency.groupId().equals(SDK_V1_GROUP) && dependency.artifactId().startsWith("aws-java-sdk");
    }

    private static boolean isSdkV2(ProjectDependency dependency) {
        return dependency.groupId().equals(SDK_V2_GROUP);
    }

    private static String via(ProjectDependency dependency) {
        if (dependency.direct()) {
            return "";
        }
        return dependency.via() == null ? " (transitive)" : " (brought in by " + dependency.via() + ")";
    }

    private static void report(ProjectRuleContext context, String modulePom, ProjectDependency dependency,
                               String message) {
        String path = dependency.pomPath() != null ? dependency.pomPath() : modulePom;
        SourcePosition position = dependency.pomPath() != null ? dependency.position() : SourcePosition.START;
        context.reportAt(path, position, message, null, null);
    }
}
